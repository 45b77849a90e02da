/// An IPv4 or IPv6 address as a number, so that ranges and prefixes are plain arithmetic.
public struct IPAddress: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let family: AddressFamily
    /// The address as an unsigned integer (IPv4 uses the low 32 bits).
    public let value: UInt128

    /// Creates an address from its family and numeric value (masked to the family's width).
    public init(family: AddressFamily, value: UInt128) {
        self.family = family
        self.value = value & family.maxValue
    }

    /// Parses dotted-quad IPv4 or RFC 4291 IPv6 text (with `::` and an embedded IPv4 tail).
    public init?(_ text: some StringProtocol) {
        // Byte-level tests: a `contains` on the text itself resolves to Foundation's, which goes
        // through CFString and made parsing addresses the cost of reading a fleet's usage.
        // Concrete from here on: generic text from another module is not specialized, and its
        // UTF-8 view went through witness tables byte by byte.
        let text = Substring(text)
        if text.utf8.contains(UInt8(ascii: ":")) {
            guard let v = IPAddress.parseV6(text) else { return nil }
            self.init(family: .ipv6, value: v)
        } else {
            guard let v = IPAddress.parseV4(text) else { return nil }
            self.init(family: .ipv4, value: UInt128(v))
        }
    }

    // Inlinable: callers in other modules read addresses out of packets and netlink messages,
    // and an unspecialized generic walks the bytes through witness tables.
    /// Creates an address from network-order bytes (4 or 16 of them).
    @inlinable
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == 4 || bytes.count == 16 else { return nil }
        var v: UInt128 = 0
        for b in bytes { v = (v << 8) | UInt128(b) }
        self.init(family: bytes.count == 4 ? .ipv4 : .ipv6, value: v)
    }

    /// The address in network byte order: 4 bytes for IPv4, 16 for IPv6.
    public var bytes: [UInt8] {
        let count = family == .ipv4 ? 4 : 16
        return (0..<count).map { i in UInt8(truncatingIfNeeded: value >> UInt128(8 * (count - 1 - i))) }
    }

    /// Canonical text: dotted quad, or RFC 5952 for IPv6.
    public var description: String {
        family == .ipv4 ? formatV4() : formatV6()
    }

    public static func < (a: IPAddress, b: IPAddress) -> Bool {
        (a.family, a.value) < (b.family, b.value)
    }

    /// Whether the kernel routes this address over loopback: `127.0.0.0/8` (also IPv4-mapped) and `::1`.
    public var isLoopback: Bool {
        let address = unmapped
        return address.family == .ipv4 ? address.value >> 24 == 127 : address.value == 1
    }

    /// Whether this is an IPv4-mapped IPv6 address (`::ffff:10.1.0.21`).
    public var isIPv4Mapped: Bool {
        family == .ipv6 && value >> 32 == 0xffff
    }

    /// The IPv4 address an IPv4-mapped IPv6 address stands for; any other address as it is. A host
    /// named `::ffff:10.1.0.21` sends IPv4 packets from 10.1.0.21, and that is the address the
    /// kernel sees, so hosts given from outside are taken in this form.
    public var unmapped: IPAddress {
        isIPv4Mapped ? IPAddress(family: .ipv4, value: value & 0xffff_ffff) : self
    }

    /// The next address, or nil at the top of the family.
    public var successor: IPAddress? {
        value == family.maxValue ? nil : IPAddress(family: family, value: value + 1)
    }

    /// The previous address, or nil at zero.
    public var predecessor: IPAddress? {
        value == 0 ? nil : IPAddress(family: family, value: value - 1)
    }

    /// Dotted-quad IPv4, read by the lexer's byte-level parser (one reading of the rules).
    private static func parseV4(_ s: Substring) -> UInt32? {
        let bytes = Array(s.utf8)
        return AddressParser.parseV4(bytes, 0..<bytes.count)
    }

    private static func parseV6(_ s: Substring) -> UInt128? {
        var text = s
        var tail: [UInt16] = []
        // An embedded IPv4 address occupies the last 32 bits.
        if let lastColon = text.lastIndex(of: ":"), text[text.index(after: lastColon)...].utf8.contains(UInt8(ascii: ".")) {
            guard let v4 = parseV4(text[text.index(after: lastColon)...]) else { return nil }
            tail = [UInt16(v4 >> 16), UInt16(v4 & 0xffff)]
            text = text[...lastColon]
            if text.hasSuffix("::") { /* keep "::" */ } else { text = text.dropLast() }
        }
        var halves: [String] = []
        if let r = text.firstRange(of: "::") {
            halves = [String(text[..<r.lowerBound]), String(text[r.upperBound...])]
            guard halves[1].firstRange(of: "::") == nil else { return nil }
        } else {
            halves = [String(text)]
        }
        func groups(_ part: String) -> [UInt16]? {
            if part.isEmpty { return [] }
            var out: [UInt16] = []
            for g in part.split(separator: ":", omittingEmptySubsequences: false) {
                guard (1...4).contains(g.count), g.allSatisfy({ $0.isHexDigit }),
                      let n = UInt16(g, radix: 16) else { return nil }
                out.append(n)
            }
            return out
        }
        guard let head = groups(halves[0]) else { return nil }
        var all: [UInt16]
        if halves.count == 2 {
            guard let rest = groups(halves[1]) else { return nil }
            let missing = 8 - head.count - rest.count - tail.count
            guard missing >= 1 else { return nil }
            all = head + Array(repeating: 0, count: missing) + rest + tail
        } else {
            all = head + tail
            guard all.count == 8 else { return nil }
        }
        guard all.count == 8 else { return nil }
        return all.reduce(UInt128(0)) { ($0 << 16) | UInt128($1) }
    }

    /// Written byte by byte: addresses are formatted by the ten thousand (usage shards, status),
    /// and interpolation cost four string appends each.
    private func formatV4() -> String {
        let v = UInt32(truncatingIfNeeded: value)
        return String(unsafeUninitializedCapacity: 15) { buffer in
            var count = 0
            for shift in stride(from: 24, through: 0, by: -8) {
                let octet = UInt8(truncatingIfNeeded: v >> UInt32(shift))
                if octet >= 100 { buffer[count] = 0x30 + octet / 100; count += 1 }
                if octet >= 10 { buffer[count] = 0x30 + octet / 10 % 10; count += 1 }
                buffer[count] = 0x30 + octet % 10
                count += 1
                if shift > 0 { buffer[count] = UInt8(ascii: "."); count += 1 }
            }
            return count
        }
    }

    private func formatV6() -> String {
        let groups = (0..<8).map { i in UInt16(truncatingIfNeeded: value >> UInt128(16 * (7 - i))) }
        // RFC 5952: compress the longest run of two or more zero groups, the first one on a tie.
        var bestStart = -1, bestLength = 0, runStart = -1
        for i in 0...8 {
            if i < 8 && groups[i] == 0 {
                if runStart < 0 { runStart = i }
            } else if runStart >= 0 {
                if i - runStart > bestLength && i - runStart >= 2 { bestStart = runStart; bestLength = i - runStart }
                runStart = -1
            }
        }
        func hex(_ slice: ArraySlice<UInt16>) -> String {
            slice.map { String($0, radix: 16) }.joined(separator: ":")
        }
        if bestStart < 0 { return hex(groups[...]) }
        return hex(groups[..<bestStart]) + "::" + hex(groups[(bestStart + bestLength)...])
    }
}

extension IPAddress: Codable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let address = IPAddress(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not an IP address: \(text)"))
        }
        self = address
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
