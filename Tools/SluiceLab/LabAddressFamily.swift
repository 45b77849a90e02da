import Glibc

/// IPv4 or IPv6.
public enum LabAddressFamily: String, Hashable, Sendable, Comparable, CaseIterable {
    /// IPv4.
    case ipv4
    /// IPv6.
    case ipv6

    /// The socket address family constant.
    var socketFamily: Int32 { self == .ipv4 ? AF_INET : AF_INET6 }

    /// The address length in bytes.
    var byteCount: Int { self == .ipv4 ? 4 : 16 }

    /// The bit length of an address of the family.
    public var bitCount: Int { byteCount * 8 }

    /// IPv4 sorts before IPv6.
    public static func < (a: LabAddressFamily, b: LabAddressFamily) -> Bool {
        a == .ipv4 && b == .ipv6
    }
}
