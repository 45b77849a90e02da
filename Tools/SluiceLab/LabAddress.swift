import Glibc

/// An IPv4 or IPv6 address, held as network-order bytes; sorts IPv4 first, then numerically.
public struct LabAddress: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// IPv4 or IPv6.
    public let family: LabAddressFamily
    /// The address in network byte order: 4 bytes for IPv4, 16 for IPv6.
    public let bytes: [UInt8]

    /// Parses IPv4 dotted-quad or IPv6 text (no zone, no prefix length); nil if it is neither.
    public init?(_ text: String) {
        let family: LabAddressFamily = text.contains(":") ? .ipv6 : .ipv4
        var buffer = [UInt8](repeating: 0, count: family.byteCount)
        // inet_pton returns 1 for a valid address, 0 for invalid text; -1 cannot happen for AF_INET/6.
        let status = buffer.withUnsafeMutableBytes { raw in
            inet_pton(family.socketFamily, text, raw.baseAddress)
        }
        guard status == 1 else { return nil }
        self.family = family
        self.bytes = buffer
    }

    /// Parses an address, throwing `LabError.invalidAddress` when the text is not one.
    public init(parsing text: String) throws {
        guard let address = LabAddress(text) else { throw LabError.invalidAddress(text) }
        self = address
    }

    /// Creates an address from 4 (IPv4) or 16 (IPv6) network-order bytes; nil for other counts.
    public init?(bytes: [UInt8]) {
        switch bytes.count {
        case 4: family = .ipv4
        case 16: family = .ipv6
        default: return nil
        }
        self.bytes = bytes
    }

    /// Canonical text: dotted quad, or RFC 5952 for IPv6 (what `inet_ntop` prints).
    public var description: String {
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        let converted = bytes.withUnsafeBytes { raw in
            text.withUnsafeMutableBufferPointer { out in
                inet_ntop(family.socketFamily, raw.baseAddress, out.baseAddress, socklen_t(out.count))
            }
        }
        // inet_ntop only fails for an unknown family or a short buffer, neither possible here.
        guard converted != nil else { return bytes.map { String($0) }.joined(separator: ".") }
        return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// IPv4 before IPv6, then by numeric value.
    public static func < (a: LabAddress, b: LabAddress) -> Bool {
        if a.family != b.family { return a.family < b.family }
        return a.bytes.lexicographicallyPrecedes(b.bytes)
    }
}
