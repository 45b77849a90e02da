import CNetfilter
import CNetfilterShims
import Glibc

/// Follows nf_tables events (the NFNLGRP_NFTABLES multicast group) for one table: quota
/// depletion, other changes, and lost events. Treat events as a fast hint and keep polling: the
/// kernel announces depletion once, and a full receive buffer loses events.
///
/// `next` is for one consumer thread; `stop` may be called from any thread and wakes it.
public final class EventMonitor: Sendable {
    /// The table whose events are reported.
    public let table: String
    private let receiver: WakeableReceiver

    /// Subscribes in `namespace`, with a receive buffer of `bufferSize` bytes.
    public init(namespace: NetworkNamespace = .current, table: String, bufferSize: Int = 8 << 20) throws {
        self.table = table
        let socket = try NetlinkSocket(namespace: namespace, groups: 1 << (NetlinkConstants.groupNFTables - 1))
        try socket.setReceiveBuffer(to: bufferSize)
        receiver = try WakeableReceiver(socket)
    }

    /// The socket's descriptor, for callers that poll it themselves (readable: call `next`).
    public var fileDescriptor: Int32 { receiver.fd }

    /// Stops the monitor: a blocked `next` returns an empty list, and so do later calls.
    public func stop() { receiver.stop() }

    /// The events of the next datagram the kernel sends, waiting up to `timeout` milliseconds
    /// (nil: until one comes or the monitor is stopped). Empty on timeout and once stopped.
    public func next(timeout: Int32? = nil) throws -> [NetfilterEvent] {
        while true {
            switch try receiver.receive(timeout: timeout, "receive nf_tables events") {
            case .stopped, .timedOut:
                return []
            case .overrun:
                return [.eventsLost]
            case .datagram(let datagram):
                let events = decode(datagram)
                if !events.isEmpty { return events }
                if timeout != nil { return [] }
            }
        }
    }

    /// The events for this table in one datagram, in order, without repeating `tableChanged`.
    func decode(_ datagram: ArraySlice<UInt8>) -> [NetfilterEvent] {
        var out: [NetfilterEvent] = []
        for message in NetlinkMessage.parse(datagram) {
            guard sluice_nfnl_subsys_id(message.type) == NetlinkConstants.subsysNFTables else { continue }
            let type = sluice_nfnl_msg_type(message.type)
            // Every nf_tables object message names its table in attribute 1.
            guard type != NFT.newGen,
                  let name = message.attributes.first(where: { $0.type == NFT.tableName })?.string, name == table
            else { continue }
            if type == NFT.newObj, message.family != NFT.familyINet,
               case .quota(let quota, _)? = ObjectMessages.decode(message, table: table) {
                // Depletion comes with the packet's family (ip, ip6); a transaction's objects
                // with the table's (inet).
                out.append(.quotaDepleted(table: table, name: quota.name, used: quota.used))
            } else if out.last != .tableChanged(table: table) {
                out.append(.tableChanged(table: table))
            }
        }
        return out
    }
}
