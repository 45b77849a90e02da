import CNetfilter
import CNetfilterShims
import Glibc
import SluiceCompiler

/// A netlink connection to nf_tables in one network namespace: reads the live table, applies
/// transactions, and runs the watcher's runtime operations.
///
/// Use from one thread at a time. Every operation is on one named `inet` table; nothing here
/// flushes the ruleset or touches another table.
public final class NetfilterConnection {
    /// The namespace the connection talks to.
    public let namespace: NetworkNamespace
    let socket: NetlinkSocket
    /// The namespace's nsfs identity when the connection was opened, for the state cache.
    let namespaceID: String
    /// The picture of each table after this connection's last apply, used when the caller passes
    /// no cache of its own.
    let ownPicture = AppliedStateCache()
    /// Per table, the generation at which this connection last found it Sluice's, and its handle
    /// (see `ownedGeneration(of:)`).
    var verifiedTables: [String: VerifiedTable] = [:]
    /// Requests and transactions sent so far, each a round trip to the kernel (what a runtime
    /// write costs, for the tests that keep it at one).
    private(set) var roundTrips = 0

    /// Opens a connection in `namespace` (entered on the calling thread only around `socket()`).
    public init(namespace: NetworkNamespace = .current) throws {
        self.namespace = namespace
        namespaceID = try Self.identity(of: namespace)
        socket = try NetlinkSocket(namespace: namespace)
        try socket.setOption(level: NetlinkConstants.solNetlink, name: NetlinkConstants.extAck, value: 1,
                             "enable NETLINK_EXT_ACK")
        // Errors quote only the failing message's header: the sequence number and ext-ack
        // offset are what map them back, and 64 KB element messages quoted whole would fill the
        // receive buffer.
        try socket.setOption(level: NetlinkConstants.solNetlink, name: Int32(NETLINK_CAP_ACK), value: 1,
                             "enable NETLINK_CAP_ACK")
        try socket.raiseReceiveBuffer(to: 4 << 20)
    }

    /// The ruleset generation (`NFT_MSG_GETGEN`): every committed transaction in the namespace
    /// moves it on by one. Pass it to `apply` to refuse applying over a change made since.
    public func generation() throws -> UInt32 {
        var found: UInt32?
        // Without an ack: the reply alone, one receive (the name service asks this per answer).
        try request(NFT.getGen, family: NFT.familyUnspec, acknowledged: false, operation: "read the ruleset generation") { message in
            for a in message.attributes where a.type == NFT.genID { found = a.be32 }
        }
        guard let found else {
            throw KernelError.malformed(operation: "read the ruleset generation", detail: "no NFTA_GEN_ID")
        }
        return found
    }

    /// Sends one request (a get, or a dump with `dump: true`) and hands every reply message to
    /// `each`. Dumps end at NLMSG_DONE; other requests at the kernel's ack, or without
    /// `acknowledged` at their one reply (an error is answered either way).
    func request(_ type: UInt16, family: UInt8, dump: Bool = false, acknowledged: Bool = true,
                 subsystem: UInt16 = NetlinkConstants.subsysNFTables,
                 operation: @autoclosure () -> String,
                 build: (inout NetlinkWriter) -> Void = { _ in },
                 each: (NetlinkMessage) throws -> Void) throws {
        let seq = socket.nextSequence()
        roundTrips += 1
        var writer = NetlinkWriter(capacity: 256)
        let flags = NetlinkConstants.flagRequest
            | (dump ? NetlinkConstants.flagDump : acknowledged ? NetlinkConstants.flagAck : 0)
        let start = writer.beginMessage(type: sluice_nfnl_type(subsystem, type), flags: flags, seq: seq, family: family)
        build(&writer)
        writer.endMessage(start)
        try writer.withUnsafeBytes { try socket.send($0, operation()) }
        while true {
            guard let datagram = try socket.receive(operation()) else { continue }
            for message in NetlinkMessage.parse(datagram) where message.seq == seq {
                if message.type == NetlinkConstants.nlmsgDone { return }
                if let report = message.errorReport {
                    if report.errno == 0 { return }
                    throw KernelError.system(operation: operation() + (report.message.map { " (\($0))" } ?? ""),
                                             errno: report.errno)
                }
                if dump && message.flags & NetlinkConstants.flagDumpInterrupted != 0 {
                    throw KernelError.inconsistentDump(operation: operation())
                }
                try each(message)
                if !dump && !acknowledged { return }
            }
        }
    }

    /// Sends a batch in one `sendmsg` and collects the kernel's answers. Returns normally only
    /// when no message and no commit failed.
    func run(_ batch: inout KernelBatch, commit: Bool) throws {
        batch.finish(commit: commit)
        roundTrips += 1
        socket.sequence = batch.nextSequence
        let size = batch.byteCount
        try socket.raiseSendBuffer(to: size + 4096)
        try batch.writer.withUnsafeBytes { bytes in
            try socket.send(bytes, "send the nf_tables transaction (\(size) bytes)")
        }
        // nfnetlink processes the batch inside sendmsg, so every answer is queued by now.
        var refusals: [KernelRefusal] = []
        // Losing answers (ENOBUFS) would leave the outcome unknown; the error says so.
        while let datagram = try socket.receive(
            nonBlocking: true, "read the kernel's answers to the transaction (its outcome is unknown: read the table again)") {
            for message in NetlinkMessage.parse(datagram) {
                guard let report = message.errorReport, report.errno != 0 else { continue }
                if message.seq == batch.beginSequence {
                    if report.errno == ERESTART {
                        throw KernelError.generationChanged(expected: batch.expectedGeneration ?? 0)
                    }
                    refusals.append(KernelRefusal(errno: report.errno, kernelMessage: report.message,
                                                  operation: "commit"))
                    continue
                }
                guard let entry = batch.entries[message.seq] else {
                    refusals.append(KernelRefusal(errno: report.errno, kernelMessage: report.message,
                                                  operation: "message \(message.seq) of the transaction"))
                    continue
                }
                var object = entry.object
                if let offset = report.offset, let element = batch.element(seq: message.seq, offset: Int(offset)) {
                    object = KernelObjectRef(.element, "\(element.key.nftText) of set \(entry.object?.name ?? "?")")
                }
                refusals.append(KernelRefusal(errno: report.errno, kernelMessage: report.message,
                                              operation: entry.operation, object: object,
                                              chain: entry.chain, origin: entry.origin))
            }
        }
        if !refusals.isEmpty { throw KernelError.refused(refusals) }
    }
}
