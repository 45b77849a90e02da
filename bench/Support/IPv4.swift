import Glibc

/// An IPv4 address as a number (host byte order), for benchmarks that make thousands of them.
public struct IPv4: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The address, most significant byte first (10.40.1.2 is 0x0A280102).
    public let value: UInt32

    /// Creates an address from its number.
    public init(_ value: UInt32) {
        self.value = value
    }

    /// Creates an address from four octets.
    public init(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) {
        value = UInt32(a) << 24 | UInt32(b) << 16 | UInt32(c) << 8 | UInt32(d)
    }

    /// Parses dotted-quad text; nil if it is not one.
    public init?(_ text: String) {
        var raw = in_addr()
        guard inet_pton(AF_INET, text, &raw) == 1 else { return nil }
        value = UInt32(bigEndian: raw.s_addr)
    }

    /// Creates an address from network-order bytes (as netlink and sockets carry it).
    public init?(networkBytes bytes: some Collection<UInt8>) {
        guard bytes.count == 4 else { return nil }
        value = bytes.reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// The address in network byte order, as `SocketAddress` takes it.
    public var networkBytes: [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xff), UInt8((value >> 8) & 0xff), UInt8(value & 0xff)]
    }

    /// The address as the C library wants it.
    public var inAddr: in_addr { in_addr(s_addr: value.bigEndian) }

    /// Dotted quad.
    public var description: String {
        "\(value >> 24).\((value >> 16) & 0xff).\((value >> 8) & 0xff).\(value & 0xff)"
    }

    /// Numeric order.
    public static func < (a: IPv4, b: IPv4) -> Bool { a.value < b.value }
}
