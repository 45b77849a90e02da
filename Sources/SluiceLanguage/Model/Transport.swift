/// A protocol a service or port item names.
public enum Transport: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case tcp
    case udp
    case icmp
    case icmpv6

    /// The IP protocol number (`meta l4proto`).
    public var protocolNumber: UInt8 {
        switch self {
        case .tcp: 6
        case .udp: 17
        case .icmp: 1
        case .icmpv6: 58
        }
    }

    /// Whether the protocol has ports.
    public var hasPorts: Bool { self == .tcp || self == .udp }

    /// The only address family the protocol occurs in, if it is tied to one.
    public var family: AddressFamily? {
        switch self {
        case .icmp: .ipv4
        case .icmpv6: .ipv6
        default: nil
        }
    }

    public static func < (a: Transport, b: Transport) -> Bool {
        a.protocolNumber < b.protocolNumber
    }
}
