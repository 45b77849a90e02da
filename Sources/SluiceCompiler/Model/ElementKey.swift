import SluiceLanguage

/// The key of one set element. Interval sets hold ranges; other sets hold single values
/// (an address range with `lower == upper`, a port range of one port).
public enum ElementKey: Hashable, Sendable, Codable, Comparable {
    case address(AddressRange)
    case ports(ClosedRange<UInt16>)
    case ifname(String)
    case l4proto(UInt8)
    case nfproto(UInt8)
    /// One user id.
    case uid(UInt32)

    public static func < (a: ElementKey, b: ElementKey) -> Bool {
        switch (a, b) {
        case (.address(let x), .address(let y)): x < y
        case (.ports(let x), .ports(let y)): (x.lowerBound, x.upperBound) < (y.lowerBound, y.upperBound)
        case (.ifname(let x), .ifname(let y)): x < y
        case (.l4proto(let x), .l4proto(let y)): x < y
        case (.nfproto(let x), .nfproto(let y)): x < y
        case (.uid(let x), .uid(let y)): x < y
        default: a.order < b.order
        }
    }

    private var order: Int {
        switch self {
        case .address: 0
        case .ports: 1
        case .ifname: 2
        case .l4proto: 3
        case .nfproto: 4
        case .uid: 5
        }
    }
}
