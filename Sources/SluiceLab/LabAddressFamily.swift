import Glibc

/// IPv4 or IPv6.
public enum LabAddressFamily: String, Hashable, Sendable, Comparable, CaseIterable {
    case ipv4
    case ipv6

    /// The socket address family constant.
    var socketFamily: Int32 { self == .ipv4 ? AF_INET : AF_INET6 }

    /// The address length in bytes.
    var byteCount: Int { self == .ipv4 ? 4 : 16 }

    /// The bit length of an address of the family.
    public var bitCount: Int { byteCount * 8 }

    public static func < (a: LabAddressFamily, b: LabAddressFamily) -> Bool {
        a == .ipv4 && b == .ipv6
    }
}
