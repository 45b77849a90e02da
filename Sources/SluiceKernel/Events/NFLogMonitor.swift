import Synchronization
import CNetfilter
import CNetfilterShims
import Glibc
import SluiceLanguage

/// Receives the packets nftables `log group N` statements send (nfnetlink_log), decoded into
/// prefix, family, addresses, protocol, destination port and length. Only the first `copyRange`
/// bytes of each packet are copied: enough for the headers.
///
/// Only one process can bind a group in a namespace. `next` is for one consumer thread; `stop`
/// may be called from any thread and wakes it.
public final class NFLogMonitor: Sendable {
    private let overruns = Atomic<Int>(0)
    /// The NFLOG group.
    public let group: UInt16
    private let receiver: WakeableReceiver

    /// Binds `group` in `namespace`, copying `copyRange` bytes of each packet and delivering each
    /// packet at once (queue threshold 1).
    public init(namespace: NetworkNamespace = .current, group: UInt16, copyRange: UInt32 = 128,
                bufferSize: Int = 4 << 20) throws {
        self.group = group
        let socket = try NetlinkSocket(namespace: namespace)
        try socket.setReceiveBuffer(to: bufferSize)
        // Older kernels wanted the protocol families bound first; newer ones ignore these.
        for family in [UInt8(AF_INET), UInt8(AF_INET6)] {
            _ = try? NFLogMonitor.configure(socket, group: 0, family: family,
                                            "bind NFLOG to family \(family)") { w in
                w.put(UInt16(NFULA_CFG_CMD.rawValue), [UInt8(NFULNL_CFG_CMD_PF_BIND.rawValue)])
            }
        }
        try NFLogMonitor.configure(socket, group: group, family: UInt8(AF_UNSPEC), "bind NFLOG group \(group)") { w in
            w.put(UInt16(NFULA_CFG_CMD.rawValue), [UInt8(NFULNL_CFG_CMD_BIND.rawValue)])
        }
        try NFLogMonitor.configure(socket, group: group, family: UInt8(AF_UNSPEC), "set the copy mode of NFLOG group \(group)") { w in
            let range = copyRange.bigEndian
            w.put(UInt16(NFULA_CFG_MODE.rawValue),
                  [UInt8(range & 0xff), UInt8((range >> 8) & 0xff), UInt8((range >> 16) & 0xff), UInt8(range >> 24),
                   UInt8(NFULNL_COPY_PACKET), 0])
            w.putBE32(UInt16(NFULA_CFG_QTHRESH.rawValue), 1)
            w.putBE32(UInt16(NFULA_CFG_TIMEOUT.rawValue), 1)
        }
        receiver = try WakeableReceiver(socket)
    }

    /// Sends one NFULNL_MSG_CONFIG request and waits for its ack.
    private static func configure(_ socket: NetlinkSocket, group: UInt16, family: UInt8, _ operation: String,
                                  _ body: (inout NetlinkWriter) -> Void) throws {
        let seq = socket.nextSequence()
        var w = NetlinkWriter(capacity: 64)
        let start = w.beginMessage(type: sluice_nfnl_type(NetlinkConstants.subsysULog, UInt16(NFULNL_MSG_CONFIG.rawValue)),
                                   flags: NetlinkConstants.flagRequest | NetlinkConstants.flagAck, seq: seq,
                                   family: family, resID: group)
        body(&w)
        w.endMessage(start)
        try socket.request(w, seq: seq, operation, service: "nfnetlink_log")
    }

    /// The socket's descriptor, for callers that poll it themselves.
    public var fileDescriptor: Int32 { receiver.fd }

    /// Stops the monitor: a blocked `next` returns an empty list, and so do later calls.
    public func stop() { receiver.stop() }

    /// How many times the receive buffer overflowed and packets were lost; a consumer that sees it
    /// grow resynchronizes by reading the table.
    public var overrunCount: Int { overruns.load(ordering: .relaxed) }

    /// The packets of the next datagram, waiting up to `timeout` milliseconds (nil: until one
    /// comes or the monitor is stopped). Empty on timeout and once stopped. A full receive
    /// buffer loses packets; `overrunCount` says how often.
    public func next(timeout: Int32? = nil) throws -> [NFLogPacket] {
        while true {
            switch try receiver.receive(timeout: timeout, "receive NFLOG packets of group \(group)") {
            case .stopped, .timedOut:
                return []
            case .overrun:
                overruns.add(1, ordering: .relaxed)
                continue
            case .datagram(let datagram):
                let packets = decode(datagram)
                if !packets.isEmpty || timeout != nil { return packets }
            }
        }
    }

    func decode(_ datagram: ArraySlice<UInt8>) -> [NFLogPacket] {
        var out: [NFLogPacket] = []
        let packetType = sluice_nfnl_type(NetlinkConstants.subsysULog, UInt16(NFULNL_MSG_PACKET.rawValue))
        for message in NetlinkMessage.parse(datagram) where message.type == packetType && message.resID == group {
            var packet = NFLogPacket(group: group, prefix: "")
            for a in message.attributes {
                switch UInt32(a.type) {
                case NFULA_PREFIX.rawValue: packet.prefix = a.string
                case NFULA_PAYLOAD.rawValue: packet.decode(payload: a.value)
                // nfnetlink_log puts the socket's uid (its file's fsuid) on every packet that has a
                // full socket with a file, without being asked; kernel-made packets carry none.
                case NFULA_UID.rawValue: packet.uid = a.be32
                default: break
                }
            }
            if packet.family == nil {
                packet.family = message.family == UInt8(AF_INET6) ? .ipv6 : message.family == UInt8(AF_INET) ? .ipv4 : nil
            }
            out.append(packet)
        }
        return out
    }
}
