/// Parses IP addresses straight from UTF-8 bytes, accepting exactly what `IPAddress(_:)` accepts:
/// dotted-quad IPv4 without leading zeros, RFC 4291 IPv6 with `::` and an embedded IPv4 tail.
/// Byte-level so that policies with 100,000 prefixes parse quickly.
enum AddressParser {
    /// The address written in `bytes[range]`, or nil.
    static func parse(_ bytes: [UInt8], _ range: Range<Int>) -> IPAddress? {
        guard !range.isEmpty else { return nil }
        var hasColon = false
        for i in range where bytes[i] == UInt8(ascii: ":") {
            hasColon = true
            break
        }
        if hasColon {
            guard let v = parseV6(bytes, range) else { return nil }
            return IPAddress(family: .ipv6, value: v)
        }
        guard let v = parseV4(bytes, range) else { return nil }
        return IPAddress(family: .ipv4, value: UInt128(v))
    }

    /// Parses a whole string (used by tests and for values that are not tokens).
    static func parse(_ text: String) -> IPAddress? {
        let bytes = Array(text.utf8)
        return parse(bytes, 0..<bytes.count)
    }

    static func parseV4(_ bytes: [UInt8], _ range: Range<Int>) -> UInt32? {
        var value: UInt32 = 0
        var parts = 0
        var i = range.lowerBound
        while true {
            var part: UInt32 = 0
            var digits = 0
            let partStart = i
            while i < range.upperBound, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                part = part * 10 + UInt32(bytes[i] - 0x30)
                digits += 1
                i += 1
                guard digits <= 3 else { return nil }
            }
            // Leading zeros are refused: "010" means octal to some tools and decimal to others.
            guard digits > 0, part <= 255, !(digits > 1 && bytes[partStart] == 0x30) else { return nil }
            value = value << 8 | part
            parts += 1
            if i == range.upperBound { break }
            guard bytes[i] == UInt8(ascii: "."), parts < 4 else { return nil }
            i += 1
        }
        return parts == 4 ? value : nil
    }

    private static func hexValue(_ b: UInt8) -> UInt16? {
        switch b {
        case 0x30...0x39: UInt16(b - 0x30)
        case 0x41...0x46: UInt16(b - 0x41 + 10)
        case 0x61...0x66: UInt16(b - 0x61 + 10)
        default: nil
        }
    }

    static func parseV6(_ bytes: [UInt8], _ range: Range<Int>) -> UInt128? {
        var groups = IPv6Groups()
        var i = range.lowerBound
        let end = range.upperBound
        let colon = UInt8(ascii: ":")
        if end - i >= 2, bytes[i] == colon, bytes[i + 1] == colon {
            _ = groups.compress()
            i += 2
        } else if bytes[i] == colon {
            return nil
        }
        while i < end {
            var group: UInt16 = 0
            var digits = 0
            let groupStart = i
            while i < end, let h = hexValue(bytes[i]) {
                digits += 1
                guard digits <= 4 else { return nil }
                group = group << 4 | h
                i += 1
            }
            if i < end, bytes[i] == UInt8(ascii: ".") {
                // An embedded IPv4 address ends the text and fills the last 32 bits.
                guard let v4 = parseV4(bytes, groupStart..<end) else { return nil }
                groups.append(UInt128(v4), groups: 2)
                break
            }
            guard digits > 0 else { return nil }
            groups.append(UInt128(group), groups: 1)
            guard groups.count <= 8 else { return nil }
            if i == end { break }
            guard bytes[i] == colon else { return nil }
            if i + 1 < end, bytes[i + 1] == colon {
                guard groups.compress() else { return nil }
                i += 2
            } else {
                i += 1
                guard i < end else { return nil }
            }
        }
        return groups.address
    }
}
