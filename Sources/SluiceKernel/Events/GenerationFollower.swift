import CNetfilter
import CNetfilterShims
import Glibc

/// Follows the ruleset's generation from the kernel's own notices (NFT_MSG_NEWGEN on the
/// NFNLGRP_NFTABLES group), so that "has anyone committed since my last commit?" costs one
/// receive that finds nothing instead of a GETGEN round trip.
///
/// Sound because the kernel queues a commit's NEWGEN on every subscribed socket inside that
/// commit, in commit order: once a commit has returned, its notice is queued here. The latest
/// notice read is the kernel's generation as of the read, unless notices were lost (a full
/// receive buffer: ENOBUFS); then nothing is concluded until a GETGEN settles it (`settle`).
/// A watcher already subscribes to this group for quota events, so the kernel builds these
/// notices either way. Not for concurrent use.
public final class GenerationFollower {
    private let socket: NetlinkSocket
    /// The generation of the latest commit, as of the last read; nil when unknown.
    private var latest: UInt32?

    /// Subscribes in `namespace`. The buffer only needs to hold the notices between two reads;
    /// when a large commit overflows it, the next `current` says so (nil).
    public init(namespace: NetworkNamespace = .current, bufferSize: Int = 256 << 10) throws {
        socket = try NetlinkSocket(namespace: namespace, groups: 1 << (NetlinkConstants.groupNFTables - 1))
        try socket.setReceiveBuffer(to: bufferSize)
    }

    /// Reads every notice queued, without waiting: the generation of the latest commit as of
    /// now, or nil when this cannot tell (no notice read since the last settled GETGEN, some
    /// lost, or the socket failed); then ask the kernel and `settle`.
    public func current() -> UInt32? {
        var lost = false
        while true {
            do {
                guard let datagram = try socket.receive(nonBlocking: true, "read nf_tables notices") else { break }
                for message in NetlinkMessage.parse(datagram)
                where sluice_nfnl_subsys_id(message.type) == NetlinkConstants.subsysNFTables
                    && sluice_nfnl_msg_type(message.type) == NFT.newGen {
                    for a in message.attributes where a.type == NFT.genID { latest = a.be32 }
                }
            } catch KernelError.system(_, ENOBUFS) {
                // The kernel reports the loss before the notices still queued: a later notice
                // of ours may follow one that was lost.
                lost = true
            } catch {
                lost = true
                break
            }
        }
        if lost { latest = nil }
        return latest
    }

    /// Records the generation a GETGEN read after `current` returned nil. Every commit up to it
    /// has its notice queued before the GETGEN's answer, and the latest of those names this very
    /// generation, so later reads stay right.
    public func settle(_ generation: UInt32) { latest = generation }
}
