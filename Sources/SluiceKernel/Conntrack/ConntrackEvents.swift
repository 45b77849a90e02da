import CNetfilter
import CNetfilterShims
import Glibc

/// Follows the connections that end (ctnetlink destroy events, NFNLGRP_CONNTRACK_DESTROY), with
/// their final counters and mark.
///
/// The socket asks for reliable delivery (NETLINK_BROADCAST_ERROR): when its receive buffer is
/// full, the kernel keeps the ended connection and sends its event again later instead of dropping
/// it, so a slow reader delays destroy events but loses none (and `overrun` only says it happened).
/// `next` is for one consumer thread; `stop` may be called from any thread and wakes it.
public final class ConntrackEvents: Sendable {
    private let receiver: WakeableReceiver

    /// Subscribes in `namespace`, with a receive buffer of `bufferSize` bytes.
    public init(namespace: NetworkNamespace = .current, bufferSize: Int = 16 << 20) throws {
        let socket = try NetlinkSocket(namespace: namespace, groups: 1 << (NetlinkConstants.groupConntrackDestroy - 1))
        try socket.setReceiveBuffer(to: bufferSize)
        try socket.setOption(level: NetlinkConstants.solNetlink, name: NetlinkConstants.broadcastError, value: 1,
                             "ask for reliable conntrack destroy events (NETLINK_BROADCAST_ERROR)")
        receiver = try WakeableReceiver(socket)
    }

    /// The socket's descriptor, for callers that poll it themselves.
    public var fileDescriptor: Int32 { receiver.fd }

    /// Stops the monitor: a blocked `next` returns nothing, and so do later calls.
    public func stop() { receiver.stop() }

    /// The connections that ended in the next datagram, waiting up to `timeout` milliseconds (nil:
    /// until one comes or the monitor is stopped); `overrun` when the receive buffer had filled
    /// (the kernel sends those events again).
    public func next(timeout: Int32? = nil) throws -> (connections: [TrackedConnection], overrun: Bool) {
        Self.connections(in: try receiver.receive(timeout: timeout, "receive conntrack destroy events"))
    }

    /// The connections that ended in the next datagram already queued, without waiting; none
    /// when the queue is empty.
    public func nextQueued() throws -> (connections: [TrackedConnection], overrun: Bool) {
        Self.connections(in: try receiver.receiveQueued("receive conntrack destroy events"))
    }

    /// What one wait gave, as ended connections and whether the receive buffer had filled.
    private static func connections(in outcome: WakeableReceiver.Outcome) -> (connections: [TrackedConnection], overrun: Bool) {
        switch outcome {
        case .stopped, .timedOut:
            ([], false)
        case .overrun:
            ([], true)
        case .datagram(let datagram):
            (decode(datagram), false)
        }
    }

    static func decode(_ datagram: ArraySlice<UInt8>) -> [TrackedConnection] {
        let destroy = sluice_nfnl_type(NetlinkConstants.subsysConntrack, UInt16(IPCTNL_MSG_CT_DELETE.rawValue))
        return NetlinkMessage.parse(datagram).compactMap { $0.type == destroy ? TrackedConnection($0) : nil }
    }
}
