import CNetfilter
import CNetfilterShims
import Glibc

/// Reads the packets an NFQUEUE holds (nfnetlink_queue), whole, and gives each its verdict. Sluice
/// holds DNS answers here until their addresses are admitted, then accepts them; it never drops.
///
/// Only one process can bind a queue number in a namespace. `next` is for one consumer thread;
/// `stop` may be called from any thread and wakes it. (Unchecked: the socket is only sent on by
/// the consumer thread, in `accept`.)
public final class NFQueueMonitor: @unchecked Sendable {
    /// The queue number.
    public let queue: UInt16
    private let socket: NetlinkSocket
    private let receiver: WakeableReceiver

    /// Binds `queue` in `namespace`, copying up to `copyRange` bytes of each packet (a DNS answer
    /// over UDP is at most 65,535 bytes).
    public init(namespace: NetworkNamespace = .current, queue: UInt16, copyRange: UInt32 = 65_535,
                bufferSize: Int = 4 << 20) throws {
        self.queue = queue
        let socket = try NetlinkSocket(namespace: namespace)
        try socket.setReceiveBuffer(to: bufferSize)
        try Self.configure(socket, queue: queue, "bind NFQUEUE \(queue)") { w in
            // struct nfqnl_msg_config_cmd: command, pad, pf (unused for BIND).
            w.put(UInt16(NFQA_CFG_CMD.rawValue), [UInt8(NFQNL_CFG_CMD_BIND.rawValue), 0, 0, 0])
        }
        try Self.configure(socket, queue: queue, "set the copy mode of NFQUEUE \(queue)") { w in
            // struct nfqnl_msg_config_params (packed): copy_range (big-endian), copy_mode.
            let r = copyRange
            w.put(UInt16(NFQA_CFG_PARAMS.rawValue),
                  [UInt8(r >> 24), UInt8((r >> 16) & 0xff), UInt8((r >> 8) & 0xff), UInt8(r & 0xff),
                   UInt8(NFQNL_COPY_PACKET.rawValue)])
        }
        self.socket = socket
        receiver = try WakeableReceiver(socket)
    }

    private static var subsystem: UInt16 { UInt16(NFNL_SUBSYS_QUEUE) }

    /// Sends one NFQNL_MSG_CONFIG request and waits for its ack.
    private static func configure(_ socket: NetlinkSocket, queue: UInt16, _ operation: String,
                                  _ body: (inout NetlinkWriter) -> Void) throws {
        let seq = socket.nextSequence()
        var w = NetlinkWriter(capacity: 64)
        let start = w.beginMessage(type: sluice_nfnl_type(subsystem, UInt16(NFQNL_MSG_CONFIG.rawValue)),
                                   flags: NetlinkConstants.flagRequest | NetlinkConstants.flagAck, seq: seq,
                                   family: UInt8(AF_UNSPEC), resID: queue)
        body(&w)
        w.endMessage(start)
        try socket.request(w, seq: seq, operation, service: "nfnetlink_queue")
    }

    /// Stops the monitor: a blocked `next` returns an empty list, and so do later calls.
    public func stop() { receiver.stop() }

    /// The held packets of the next datagram as (packet id, IP packet), waiting up to `timeout`
    /// milliseconds (nil: until one comes or the monitor is stopped). Empty on timeout, once
    /// stopped, and after an overrun (the kernel then passes what it cannot queue: `bypass`).
    public func next(timeout: Int32? = nil) throws -> [(id: UInt32, packet: [UInt8])] {
        while true {
            switch try receiver.receive(timeout: timeout, "receive NFQUEUE \(queue) packets") {
            case .stopped, .timedOut, .overrun:
                return []
            case .datagram(let datagram):
                let packets = decode(datagram)
                if !packets.isEmpty || timeout != nil { return packets }
            }
        }
    }

    func decode(_ datagram: ArraySlice<UInt8>) -> [(id: UInt32, packet: [UInt8])] {
        let packetType = sluice_nfnl_type(Self.subsystem, UInt16(NFQNL_MSG_PACKET.rawValue))
        var out: [(id: UInt32, packet: [UInt8])] = []
        for message in NetlinkMessage.parse(datagram) where message.type == packetType && message.resID == queue {
            var id: UInt32?
            var payload: [UInt8] = []
            for a in message.attributes {
                switch UInt32(a.type) {
                // struct nfqnl_msg_packet_hdr: packet_id (big-endian) first, then hw_protocol and hook.
                case NFQA_PACKET_HDR.rawValue where a.value.count >= 4:
                    let v = a.value
                    let i = v.startIndex
                    id = UInt32(v[i]) << 24 | UInt32(v[i + 1]) << 16 | UInt32(v[i + 2]) << 8 | UInt32(v[i + 3])
                case NFQA_PAYLOAD.rawValue: payload = Array(a.value)
                default: break
                }
            }
            if let id { out.append((id, payload)) }
        }
        return out
    }

    /// Accepts held packet `id` (NF_ACCEPT): it goes on through the rest of the ruleset.
    public func accept(_ id: UInt32) throws {
        var w = NetlinkWriter(capacity: 64)
        let start = w.beginMessage(type: sluice_nfnl_type(Self.subsystem, UInt16(NFQNL_MSG_VERDICT.rawValue)),
                                   flags: NetlinkConstants.flagRequest, seq: socket.nextSequence(),
                                   family: UInt8(AF_UNSPEC), resID: queue)
        // struct nfqnl_msg_verdict_hdr: verdict, id, both big-endian.
        let verdict = UInt32(NF_ACCEPT)
        w.put(UInt16(NFQA_VERDICT_HDR.rawValue),
              [UInt8(verdict >> 24), UInt8((verdict >> 16) & 0xff), UInt8((verdict >> 8) & 0xff), UInt8(verdict & 0xff),
               UInt8(id >> 24), UInt8((id >> 16) & 0xff), UInt8((id >> 8) & 0xff), UInt8(id & 0xff)])
        w.endMessage(start)
        try w.withUnsafeBytes { try socket.send($0, "accept NFQUEUE \(queue) packet \(id)") }
    }
}
