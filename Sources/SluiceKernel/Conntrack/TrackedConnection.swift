import CNetfilter
import SluiceLanguage

/// One conntrack entry as ctnetlink reports it, by its original direction (what the connection's
/// initiator sent): the addresses, protocol and destination port, the bytes and packets counted
/// since they were last read and reset, and the connection's mark.
public struct TrackedConnection: Hashable, Sendable {
    public var source: IPAddress
    public var destination: IPAddress
    /// The IP protocol number.
    public var transport: UInt8
    /// The destination port for protocols that have one (TCP, UDP, SCTP, DCCP...), else 0.
    public var destinationPort: UInt16
    /// Bytes of the original direction at the IP layer (conntrack accounting), since the last reset.
    public var bytes: UInt64
    public var packets: UInt64
    /// The conntrack mark (nft's `ct mark`); ctnetlink reports it in dumps, and in destroy events
    /// when it is not 0 (conntrack labels it leaves out of destroy events, hence the mark).
    public var mark: UInt32

    /// Creates a record.
    public init(source: IPAddress, destination: IPAddress, transport: UInt8, destinationPort: UInt16, bytes: UInt64,
                packets: UInt64, mark: UInt32 = 0) {
        self.source = source
        self.destination = destination
        self.transport = transport
        self.destinationPort = destinationPort
        self.bytes = bytes
        self.packets = packets
        self.mark = mark
    }

    /// Decodes one ctnetlink message (a destroy event or a dump entry); nil when it lacks the
    /// original tuple.
    init?(_ message: NetlinkMessage) {
        var source: IPAddress?, destination: IPAddress?
        var transport: UInt8?, port: UInt16 = 0
        var bytes: UInt64 = 0, packets: UInt64 = 0, mark: UInt32 = 0
        for a in message.attributes {
            switch UInt32(a.type) {
            case CTA_TUPLE_ORIG.rawValue:
                for part in a.nested {
                    switch UInt32(part.type) {
                    case CTA_TUPLE_IP.rawValue:
                        for ip in part.nested {
                            switch UInt32(ip.type) {
                            case CTA_IP_V4_SRC.rawValue, CTA_IP_V6_SRC.rawValue: source = IPAddress(bytes: ip.value)
                            case CTA_IP_V4_DST.rawValue, CTA_IP_V6_DST.rawValue: destination = IPAddress(bytes: ip.value)
                            default: break
                            }
                        }
                    case CTA_TUPLE_PROTO.rawValue:
                        for proto in part.nested {
                            if UInt32(proto.type) == CTA_PROTO_NUM.rawValue { transport = proto.u8 }
                            if UInt32(proto.type) == CTA_PROTO_DST_PORT.rawValue { port = proto.be16 ?? 0 }
                        }
                    default:
                        break
                    }
                }
            case CTA_COUNTERS_ORIG.rawValue:
                for counter in a.nested {
                    switch UInt32(counter.type) {
                    case CTA_COUNTERS_BYTES.rawValue: bytes = counter.be64 ?? 0
                    case CTA_COUNTERS_PACKETS.rawValue: packets = counter.be64 ?? 0
                    case CTA_COUNTERS32_BYTES.rawValue: bytes = UInt64(counter.be32 ?? 0)
                    case CTA_COUNTERS32_PACKETS.rawValue: packets = UInt64(counter.be32 ?? 0)
                    default: break
                    }
                }
            case CTA_MARK.rawValue:
                mark = a.be32 ?? 0
            default:
                break
            }
        }
        guard let source, let destination, let transport else { return nil }
        self.init(source: source, destination: destination, transport: transport, destinationPort: port, bytes: bytes,
                  packets: packets, mark: mark)
    }
}
