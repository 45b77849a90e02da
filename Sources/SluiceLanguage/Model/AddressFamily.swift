/// IPv4 or IPv6.
public enum AddressFamily: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case ipv4
    case ipv6

    /// Address width in bits.
    public var bitWidth: Int { self == .ipv4 ? 32 : 128 }

    /// The largest address value of the family.
    public var maxValue: UInt128 { self == .ipv4 ? UInt128(UInt32.max) : UInt128.max }

    public static func < (a: AddressFamily, b: AddressFamily) -> Bool { a == .ipv4 && b == .ipv6 }
}
