extension Parser {
    /// An address, prefix or range written as one word; reports and returns nil when it is invalid.
    /// A prefix with host bits set is reported and returned as its network, so later checks go on.
    mutating func parseAddress(_ token: Token) -> AddressRange? {
        let start = token.start, end = token.end
        var slash: Int?
        var dash: Int?
        for i in start..<end {
            if bytes[i] == UInt8(ascii: "/") && slash == nil { slash = i }
            if bytes[i] == UInt8(ascii: "-") && dash == nil { dash = i }
        }
        let range: AddressRange?
        if let slash {
            guard dash == nil else {
                error(.badAddress, "'\(DisplayText.quoted(token.text))' mixes a prefix and a range", at: location(token),
                      notes: [Parser.help("write either a prefix such as 10.0.0.0/24 or a range such as 10.0.0.1-10.0.0.9")])
                return nil
            }
            range = parsePrefix(token, slash: slash)
        } else if let dash {
            range = parseRange(token, dash: dash)
        } else if let address = AddressParser.parse(bytes, start..<end) {
            range = AddressRange(address)
        } else {
            reportBadAddress(token, part: start..<end)
            return nil
        }
        if let range, Self.ipv4Mapped.contains(range) {
            // Such a host's packets are IPv4 packets from the IPv4 address: an IPv6 set element
            // or expectation in the mapped form would never match them. (A wider range that
            // merely includes the mapped block, such as ::/0, is fine.)
            let hint = range.lower == range.upper ? "\(range.lower.unmapped)" : "\(range.lower.unmapped)-\(range.upper.unmapped)"
            error(.ipv4Mapped, "'\(DisplayText.quoted(token.text))' is an IPv4-mapped IPv6 address; its host sends IPv4 packets", at: location(token),
                  notes: [Parser.help("write the IPv4 form: \(hint)")])
            return nil
        }
        return range
    }

    /// `::ffff:0:0/96`: IPv6 addresses that stand for IPv4 ones.
    static let ipv4Mapped = AddressRange(prefix: IPAddress(family: .ipv6, value: UInt128(0xffff) << 32), length: 96)

    /// `NETWORK/LENGTH`; nil (reported) when invalid.
    private mutating func parsePrefix(_ token: Token, slash: Int) -> AddressRange? {
        let start = token.start, end = token.end
        guard let network = AddressParser.parse(bytes, start..<slash) else {
            reportBadAddress(token, part: start..<slash)
            return nil
        }
        let width = network.family.bitWidth
        var length = 0
        var digits = 0
        for i in (slash + 1)..<end {
            guard Parser.isDigit(bytes[i]), digits < 3 else { digits = 99; break }
            length = length * 10 + Int(bytes[i] - 0x30)
            digits += 1
        }
        guard digits >= 1, digits <= 3, length <= width else {
            let family = network.family == .ipv4 ? "IPv4" : "IPv6"
            error(.badAddress, "invalid prefix length in '\(DisplayText.quoted(token.text))'",
                  at: location(in: token, bytes: (slash + 1)..<max(slash + 2, end)),
                  notes: [Parser.help("\(family) prefix lengths are 0 to \(width)")])
            return nil
        }
        let range = AddressRange(prefix: network, length: length)
        if range.lower != network {
            error(.hostBitsSet, "'\(DisplayText.quoted(token.text))' has host bits set", at: location(token),
                  notes: [Parser.help("use \(range.lower)/\(length)")])
        }
        return range
    }

    /// `FIRST-LAST`; nil (reported) when invalid.
    private mutating func parseRange(_ token: Token, dash: Int) -> AddressRange? {
        let start = token.start, end = token.end
        guard dash > start, dash + 1 < end else {
            error(.badRange, "incomplete range '\(DisplayText.quoted(token.text))'", at: location(token),
                  notes: [Parser.help("a range names its first and last address: 10.0.0.1-10.0.0.9")])
            return nil
        }
        guard let lower = AddressParser.parse(bytes, start..<dash) else {
            reportBadAddress(token, part: start..<dash)
            return nil
        }
        guard let upper = AddressParser.parse(bytes, (dash + 1)..<end) else {
            reportBadAddress(token, part: (dash + 1)..<end)
            return nil
        }
        guard lower.family == upper.family else {
            error(.badRange, "range '\(DisplayText.quoted(token.text))' mixes IPv4 and IPv6", at: location(token))
            return nil
        }
        guard let range = AddressRange(lower: lower, upper: upper) else {
            error(.badRange, "range '\(DisplayText.quoted(token.text))' is reversed: \(lower) comes after \(upper)", at: location(token),
                  notes: [Parser.help("write \(upper)-\(lower)")])
            return nil
        }
        return range
    }

    private mutating func reportBadAddress(_ token: Token, part: Range<Int>) {
        let text = String(decoding: bytes[part], as: UTF8.self)
        var notes: [DiagnosticNote] = []
        let hasLetters = text.utf8.contains { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }
        if part == token.start..<token.end && Keyword.isNameShaped(text) {
            error(.badAddress, "expected an address, found '\(DisplayText.quoted(text))'", at: location(token),
                  notes: [Parser.help("write an IPv4 or IPv6 address, a prefix such as 10.0.0.0/24, or a range")])
            return
        }
        if hasLetters && text.contains(".") && !text.contains(":") {
            notes.append(Parser.help("write the address, or, in a destination, the DNS name in quotes: \"\(text)\""))
        } else if !text.contains(":") {
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            if parts.contains(where: { $0.count > 1 && $0.first == "0" && $0.allSatisfy(\.isNumber) }) {
                notes.append(Parser.help("leading zeros are not allowed: some tools read them as octal"))
            } else if parts.contains(where: { Int($0).map { $0 > 255 } ?? false }) {
                notes.append(Parser.help("each part of an IPv4 address is 0 to 255"))
            } else if parts.count != 4 && parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) {
                notes.append(Parser.help("an IPv4 address has four parts, such as 192.0.2.1"))
            }
        }
        error(.badAddress, "'\(DisplayText.quoted(text))' is not a valid address", at: location(in: token, bytes: part), notes: notes)
    }

    /// The one address an `expect` line names.
    mutating func parseSingleAddress(_ token: Token, role: String, in statement: String = "an expect line") -> IPAddress? {
        if Keyword.isNameShaped(token.text) {
            var notes = [Parser.help(statement == "an expect line" ? "an expect line checks one flow: write one address"
                                     : "write one address")]
            if role == "destination" && token.text == Group.selfName {
                notes = [Parser.help("'self' can only be the source of an expect line")]
            }
            error(.badAddress, "expected a \(role) address, found '\(DisplayText.quoted(token.text))'", at: location(token), notes: notes)
            return nil
        }
        guard let range = parseAddress(token) else { return nil }
        guard range.lower == range.upper else {
            error(.badAddress, "\(statement) needs a single \(role) address, not a prefix or range",
                  at: location(token), notes: [Parser.help("pick one address, such as \(range.lower)")])
            return nil
        }
        return range.lower
    }
}
