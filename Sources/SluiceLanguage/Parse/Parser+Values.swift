extension Parser {
    /// Size units and their multipliers in bytes.
    static let sizeUnits: [String: UInt64] = [
        "B": 1, "KB": 1_000, "MB": 1_000_000, "GB": 1_000_000_000, "TB": 1_000_000_000_000,
        "KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30, "TiB": 1 << 40,
    ]
    static let sizeUnitNames = ["B", "KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB"]

    /// Duration units and their lengths in seconds.
    static let durationUnits: [String: UInt64] = ["s": 1, "m": 60, "h": 3600, "d": 86_400, "w": 604_800]

    /// The longest duration accepted anywhere: ten years of 365 days. Longer values are typos, and
    /// kernel timeouts (milliseconds) must not overflow.
    static let maximumDuration: UInt64 = 3650 * 86_400

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// A location inside a token (words are ASCII once they are not poisoned, so bytes are columns).
    func location(in token: Token, bytes range: Range<Int>) -> SourceLocation {
        SourceLocation(file: file, line: token.line, column: token.column + (range.lowerBound - token.start),
                       length: max(1, range.count))
    }

    // MARK: Ports

    /// `tcp/443`, `udp/1000-2000`, `tcp`, `icmp`: reports and returns nil when invalid.
    mutating func parsePortSpec(_ token: Token) -> PortSpec? {
        let start = token.start, end = token.end
        var slash: Int?
        for i in start..<end where bytes[i] == UInt8(ascii: "/") {
            slash = i
            break
        }
        let protocolEnd = slash ?? end
        let name = String(decoding: bytes[start..<protocolEnd], as: UTF8.self)
        guard let transport = Transport(rawValue: name) else {
            var notes = didYouMean(name, among: Transport.allCases.map(\.rawValue))
            notes.append(Parser.help("the protocols are tcp, udp, icmp and icmpv6"))
            error(.badPort, "unknown protocol '\(DisplayText.quoted(name))'", at: location(in: token, bytes: start..<max(start + 1, protocolEnd)),
                  notes: notes)
            return nil
        }
        guard let slash else { return PortSpec(transport) }
        guard transport.hasPorts else {
            error(.badPort, "'\(DisplayText.quoted(name))' has no ports", at: location(token),
                  notes: [Parser.help("write '\(DisplayText.quoted(name))' alone")])
            return nil
        }
        var dash: Int?
        for i in (slash + 1)..<end where bytes[i] == UInt8(ascii: "-") {
            dash = i
            break
        }
        let lowRange = (slash + 1)..<(dash ?? end)
        guard let low = portNumber(token, lowRange) else { return nil }
        var high = low
        if let dash {
            guard let value = portNumber(token, (dash + 1)..<end) else { return nil }
            high = value
        }
        guard low <= high else {
            error(.badRange, "port range \(low)-\(high) is reversed", at: location(in: token, bytes: (slash + 1)..<end),
                  notes: [Parser.help("write \(name)/\(high)-\(low)")])
            return nil
        }
        return PortSpec(transport, ports: UInt16(low)...UInt16(high))
    }

    private mutating func portNumber(_ token: Token, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty else {
            error(.badPort, "missing port number in '\(DisplayText.quoted(token.text))'", at: location(token),
                  notes: [Parser.help("write a port such as tcp/443 or a range such as tcp/8000-8080")])
            return nil
        }
        var value = 0
        for i in range {
            guard Parser.isDigit(bytes[i]) else {
                let text = String(decoding: bytes[range], as: UTF8.self)
                error(.badPort, "'\(DisplayText.quoted(text))' is not a port number", at: location(in: token, bytes: range))
                return nil
            }
            value = min(value * 10 + Int(bytes[i] - 0x30), 1_000_000)
        }
        guard value >= 1 && value <= 65535 else {
            let text = String(decoding: bytes[range], as: UTF8.self)
            error(.portOutOfRange, "port \(text) is out of range", at: location(in: token, bytes: range),
                  notes: [Parser.help("ports are 1 to 65535")])
            return nil
        }
        return value
    }

    // MARK: Rates

    /// `10/minute`: a packet rate for `log denied`.
    mutating func parseRate(_ token: Token) -> RateLimit? {
        let parts = token.text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        let help = Parser.help("write a rate such as 10/minute (per second, minute or hour)")
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 10,
              parts[0].utf8.allSatisfy(Parser.isDigit), let count = UInt64(parts[0]) else {
            error(.badRate, "'\(DisplayText.quoted(token.text))' is not a rate", at: location(token), notes: [help])
            return nil
        }
        guard let unit = RateLimit.Unit(rawValue: String(parts[1])) else {
            var notes = didYouMean(String(parts[1]), among: RateLimit.Unit.allCases.map(\.rawValue))
            notes.append(help)
            error(.badRate, "unknown rate unit '\(parts[1])'", at: location(token), notes: notes)
            return nil
        }
        guard count >= 1, count <= UInt64(UInt32.max) else {
            error(.badRate, count == 0 ? "a rate of zero logs nothing" : "rate \(count) is too large",
                  at: location(token),
                  notes: [Parser.help(count == 0 ? "remove 'log denied' to log nothing" : "the largest rate is \(UInt32.max)")])
            return nil
        }
        return RateLimit(count: UInt32(count), per: unit)
    }

    /// `SIZE per WINDOW (per host | total) [warn]`, or a learned size:
    /// `Nx usual at least SIZE per WINDOW per host [warn]`.
    mutating func parseQuotaSpec() throws -> Located<QuotaSpec>? {
        let first = current
        var learned: LearnedMultiple?
        var learnedRefused = false
        if let multiple = multipleText(first) {
            advance()
            learned = parseMultiple(multiple, first)
            learnedRefused = learned == nil
            try expectLearnedFloorWords(after: first)
        }
        let size = try parseSize()
        guard isWord("per") else {
            throw syntaxError("expected 'per' after the size, found \(describe(current))", at: current,
                              notes: [Parser.help("a quota reads: SIZE per WINDOW per host, or SIZE per WINDOW total")])
        }
        advance()
        let window = try parseDuration(isWindow: true)
        guard let scope = try parseQuotaScope(learned: learned != nil || learnedRefused) else { return nil }
        var alertOnly = false
        if isWord("warn") {
            advance()
            alertOnly = true
        }
        guard let size, let window, !learnedRefused else { return nil }
        return Located(QuotaSpec(bytes: size.value, window: window.value, scope: scope, learned: learned,
                                 alertOnly: alertOnly),
                       location(from: first, to: previous))
    }

    /// `usual at least` after a learned quota's `Nx`: the floor is required.
    private mutating func expectLearnedFloorWords(after first: Token) throws {
        try expectWord("usual", after: first.text,
                       notes: [Parser.help("a learned quota reads: Nx usual at least SIZE per WINDOW per host")])
        guard isWord("at") else {
            error(.missingFloor, "a learned quota needs a floor", at: location(current),
                  notes: [Parser.help("add 'at least SIZE' after 'usual', so that hosts that usually send "
                                      + "almost nothing are not stopped by a tiny limit")])
            throw ParseAbort()
        }
        advance()
        try expectWord("least", after: "at", notes: [])
    }

    /// `per host`, `per user` or `total` (refused for a learned quota: nil after reporting it).
    private mutating func parseQuotaScope(learned: Bool) throws -> QuotaScope? {
        if isWord("per") {
            advance()
            guard isWord("host") || isWord("user") else {
                throw syntaxError("expected 'host' or 'user' after 'per', found \(describe(current))", at: current,
                                  notes: [Parser.help("end the quota with 'per host', 'per user' or 'total'")])
            }
            return advance().text == "user" ? .perUser : .perHost
        }
        guard isWord("total") else {
            throw syntaxError("expected 'per host' or 'total', found \(describe(current))", at: current,
                              notes: [Parser.help("'per host' gives every address its own budget; 'total' shares one")])
        }
        if learned {
            error(.learnedTotal, "a learned quota is per host", at: location(current),
                  notes: [Parser.help("write 'per host': each host is held to its own usual volume")])
            advance()
            return nil
        }
        advance()
        return .total
    }

    /// The number of a word shaped `Nx` (`3x`, `1.5x`), or nil for any other token.
    private func multipleText(_ token: Token) -> Substring? {
        guard token.kind == .word, token.text.count >= 2, token.text.hasSuffix("x"),
              let b = token.text.utf8.first, Parser.isDigit(b) else { return nil }
        let number = token.text.dropLast()
        guard number.utf8.allSatisfy({ Parser.isDigit($0) || $0 == UInt8(ascii: ".") }) else { return nil }
        return number
    }

    /// `3x`: hundredths, at least 1x and at most `LearnedMultiple.maximumHundredths`, two decimals.
    private mutating func parseMultiple(_ number: Substring, _ token: Token) -> LearnedMultiple? {
        let help = Parser.help("write a multiple of at least 1x, such as 3x or 1.5x")
        if token.isPoisoned {
            problemCount += 1
            return nil
        }
        let pieces = number.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2, !pieces[0].isEmpty, pieces[0].count <= 7,
              pieces.count == 1 || (!pieces[1].isEmpty && pieces[1].count <= 2),
              let whole = UInt32(pieces[0]) else {
            error(.badMultiple, "'\(DisplayText.quoted(token.text))' is not a multiple", at: location(token),
                  notes: [Parser.help("multiples have at most two decimals"), help])
            return nil
        }
        let fractionText = pieces.count == 2 ? String(pieces[1]) : ""
        let fraction = UInt32((fractionText + String(repeating: "0", count: 2 - fractionText.count))) ?? 0
        let hundredths = UInt64(whole) * 100 + UInt64(fraction)
        guard hundredths >= 100, hundredths <= UInt64(LearnedMultiple.maximumHundredths) else {
            error(.badMultiple, hundredths < 100
                      ? "a learned quota below 1x would stop hosts at their normal traffic"
                      : "multiple '\(DisplayText.quoted(token.text))' is larger than 1000x",
                  at: location(token), notes: [help])
            return nil
        }
        return LearnedMultiple(hundredths: UInt32(hundredths))
    }
}
