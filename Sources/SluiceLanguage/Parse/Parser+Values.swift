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
            error(.badPort, "unknown protocol '\(name)'", at: location(in: token, bytes: start..<max(start + 1, protocolEnd)),
                  notes: notes)
            return nil
        }
        guard let slash else { return PortSpec(transport) }
        guard transport.hasPorts else {
            error(.badPort, "'\(name)' has no ports", at: location(token),
                  notes: [Parser.help("write '\(name)' alone")])
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
            error(.badPort, "missing port number in '\(token.text)'", at: location(token),
                  notes: [Parser.help("write a port such as tcp/443 or a range such as tcp/8000-8080")])
            return nil
        }
        var value = 0
        for i in range {
            guard Parser.isDigit(bytes[i]) else {
                let text = String(decoding: bytes[range], as: UTF8.self)
                error(.badPort, "'\(text)' is not a port number", at: location(in: token, bytes: range))
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

    // MARK: Sizes, durations, rates

    /// `2 GiB`, `2GiB`, `1.5 TiB`: bytes, rounded to the nearest whole byte.
    mutating func parseSize() throws -> Located<UInt64>? {
        let first = current
        guard first.kind == .word, first.start < first.end, Parser.isDigit(bytes[first.start]) else {
            throw syntaxError("expected a size such as '2 GiB', found \(describe(first))", at: first)
        }
        advance()
        if first.isPoisoned {
            problemCount += 1
            return nil
        }
        var split = first.start
        while split < first.end && (Parser.isDigit(bytes[split]) || bytes[split] == UInt8(ascii: ".")) { split += 1 }
        var unit = String(decoding: bytes[split..<first.end], as: UTF8.self)
        var unitLocation = location(in: first, bytes: split..<first.end)
        var last = first
        if unit.isEmpty {
            let next = current
            if next.kind == .word, !next.isPoisoned, next.line == first.line, !Keyword.all.contains(next.text),
               let b = next.text.utf8.first, (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) {
                unit = next.text
                unitLocation = location(next)
                last = advance()
            } else {
                error(.badSize, "missing unit after '\(first.text)'", at: location(first),
                      notes: [Parser.help("sizes need a unit: \(Parser.sizeUnitNames.joined(separator: ", "))")])
                return nil
            }
        }
        let whole = location(from: first, to: last)
        guard let multiplier = Parser.sizeUnits[unit] else {
            var notes: [DiagnosticNote] = []
            if let match = Parser.sizeUnitNames.first(where: { $0.lowercased() == unit.lowercased() }) {
                notes.append(Parser.help("did you mean '\(match)'? Units are case-sensitive"))
            } else {
                notes += didYouMean(unit, among: Parser.sizeUnitNames)
            }
            notes.append(Parser.help("the units are \(Parser.sizeUnitNames.joined(separator: ", "))"))
            error(.badSize, "unknown size unit '\(unit)'", at: unitLocation, notes: notes)
            return nil
        }
        let numberText = String(decoding: bytes[first.start..<split], as: UTF8.self)
        let pieces = numberText.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2, !pieces[0].isEmpty, pieces.count == 1 || !pieces[1].isEmpty else {
            error(.badSize, "'\(numberText)' is not a number", at: location(in: first, bytes: first.start..<split))
            return nil
        }
        let fraction = pieces.count == 2 ? pieces[1] : ""
        guard pieces[0].count <= 20, fraction.count <= 18 else {
            error(.badSize, "'\(numberText)' has too many digits", at: whole)
            return nil
        }
        var integer: UInt128 = 0
        for c in pieces[0].utf8 { integer = integer * 10 + UInt128(c - 0x30) }
        var fractionValue: UInt128 = 0
        var scale: UInt128 = 1
        for c in fraction.utf8 {
            fractionValue = fractionValue * 10 + UInt128(c - 0x30)
            scale *= 10
        }
        let bytesTotal = integer * UInt128(multiplier) + (fractionValue * UInt128(multiplier) + scale / 2) / scale
        guard bytesTotal <= UInt128(UInt64.max) else {
            error(.badSize, "size '\(numberText) \(unit)' is too large", at: whole,
                  notes: [Parser.help("the largest size is \(UInt64.max) bytes")])
            return nil
        }
        guard bytesTotal > 0 else {
            var notes: [DiagnosticNote] = []
            if integer > 0 || fractionValue > 0 { notes.append(DiagnosticNote(.note, "it rounds to 0 bytes")) }
            notes.append(Parser.help("a quota of zero bytes stops all traffic; to forbid traffic, do not allow it"))
            error(.zeroSize, "size must be more than zero", at: whole, notes: notes)
            return nil
        }
        return Located(UInt64(bytesTotal), whole)
    }

    /// `30d`, `24h`, `hour`, `day`, `week`: seconds. `isWindow` picks the message for zero;
    /// `isLearnPeriod` refuses anything shorter than `Policy.minimumBaselineLearn`; `allowZero` admits 0s.
    mutating func parseDuration(isWindow: Bool, isLearnPeriod: Bool = false, allowZero: Bool = false) throws -> Located<UInt64>? {
        let first = current
        guard first.kind == .word else {
            throw syntaxError("expected a duration such as '24h', found \(describe(first))", at: first)
        }
        if first.isPoisoned {
            dropPoisoned()
            return nil
        }
        let generalHelp = Parser.help("durations are a whole number and a unit (30s, 5m, 24h, 30d, 2w), or hour, day, week")
        switch first.text {
        case "hour": advance(); return Located(3600, location(first))
        case "day": advance(); return Located(86_400, location(first))
        case "week": advance(); return Located(604_800, location(first))
        default: break
        }
        guard first.start < first.end, Parser.isDigit(bytes[first.start]) else {
            let known: [String: String] = [
                "second": "1s", "seconds": "1s", "minute": "1m", "minutes": "1m", "hours": "1h", "days": "1d",
                "weeks": "1w", "month": "30d", "months": "30d", "year": "365d", "years": "365d",
            ]
            if Keyword.all.contains(first.text) && known[first.text] == nil {
                throw syntaxError("expected a duration such as '24h', found \(describe(first))", at: first,
                                  notes: [generalHelp])
            }
            advance()
            var notes: [DiagnosticNote] = []
            if let replacement = known[first.text] { notes.append(Parser.help("write \(replacement)")) }
            notes.append(generalHelp)
            error(.badDuration, "'\(first.text)' is not a duration", at: location(first), notes: notes)
            return nil
        }
        advance()
        var split = first.start
        while split < first.end && Parser.isDigit(bytes[split]) { split += 1 }
        var unit = String(decoding: bytes[split..<first.end], as: UTF8.self)
        var unitLocation = location(in: first, bytes: split..<first.end)
        var last = first
        if unit.isEmpty {
            if current.kind == .word, current.line == first.line, Parser.durationUnits[current.text] != nil {
                unit = current.text
                unitLocation = location(current)
                last = advance()
            } else {
                error(.badDuration, "missing unit after '\(first.text)'", at: location(first), notes: [generalHelp])
                return nil
            }
        }
        let whole = location(from: first, to: last)
        if unit.hasPrefix(".") {
            error(.badDuration, "durations are whole numbers", at: whole,
                  notes: [Parser.help("use a smaller unit, such as 90m for an hour and a half")])
            return nil
        }
        guard let multiplier = Parser.durationUnits[unit] else {
            var notes = didYouMean(unit, among: ["s", "m", "h", "d", "w"])
            notes.append(Parser.help("the units are s, m, h, d and w"))
            error(.badDuration, "unknown duration unit '\(unit)'", at: unitLocation, notes: notes)
            return nil
        }
        var value: UInt64 = 0
        var tooLong = split - first.start > 19
        if !tooLong {
            for i in first.start..<split { value = value * 10 + UInt64(bytes[i] - 0x30) }
            let product = value.multipliedReportingOverflow(by: multiplier)
            tooLong = product.overflow || product.partialValue > Parser.maximumDuration
            value = product.partialValue
        }
        if tooLong {
            error(.badDuration, "duration '\(first.text)' is longer than the limit of 3650d", at: whole)
            return nil
        }
        if isLearnPeriod, value < Policy.minimumBaselineLearn {
            error(.learnPeriodTooShort, "a baseline must learn from at least 7d of usage", at: whole,
                  notes: [Parser.help("a shorter period would not see every hour of the week")])
            return nil
        }
        guard value > 0 || allowZero else {
            if isWindow {
                error(.windowTooShort, "a quota window must be at least one second", at: whole)
            } else {
                error(.badDuration, "a containment must last at least one second", at: whole,
                      notes: [Parser.help("leave out 'for' to contain the host until it is released")])
            }
            return nil
        }
        return Located(value, whole)
    }

    /// `10/minute`: a packet rate for `log denied`.
    mutating func parseRate(_ token: Token) -> RateLimit? {
        let parts = token.text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        let help = Parser.help("write a rate such as 10/minute (per second, minute or hour)")
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 10,
              parts[0].utf8.allSatisfy(Parser.isDigit), let count = UInt64(parts[0]) else {
            error(.badRate, "'\(token.text)' is not a rate", at: location(token), notes: [help])
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
            guard isWord("usual") else {
                throw syntaxError("expected 'usual' after '\(first.text)', found \(describe(current))", at: current,
                                  notes: [Parser.help("a learned quota reads: Nx usual at least SIZE per WINDOW per host")])
            }
            advance()
            guard isWord("at") else {
                error(.missingFloor, "a learned quota needs a floor", at: location(current),
                      notes: [Parser.help("add 'at least SIZE' after 'usual', so that hosts that usually send "
                                          + "almost nothing are not stopped by a tiny limit")])
                throw ParseAbort()
            }
            advance()
            guard isWord("least") else {
                throw syntaxError("expected 'least' after 'at', found \(describe(current))", at: current)
            }
            advance()
        }
        let size = try parseSize()
        guard isWord("per") else {
            throw syntaxError("expected 'per' after the size, found \(describe(current))", at: current,
                              notes: [Parser.help("a quota reads: SIZE per WINDOW per host, or SIZE per WINDOW total")])
        }
        advance()
        let window = try parseDuration(isWindow: true)
        let scope: QuotaScope
        if isWord("per") {
            advance()
            guard isWord("host") || isWord("user") else {
                throw syntaxError("expected 'host' or 'user' after 'per', found \(describe(current))", at: current,
                                  notes: [Parser.help("end the quota with 'per host', 'per user' or 'total'")])
            }
            scope = advance().text == "user" ? .perUser : .perHost
        } else if isWord("total") {
            if learned != nil || learnedRefused {
                error(.learnedTotal, "a learned quota is per host", at: location(current),
                      notes: [Parser.help("write 'per host': each host is held to its own usual volume")])
                advance()
                return nil
            }
            advance()
            scope = .total
        } else {
            throw syntaxError("expected 'per host' or 'total', found \(describe(current))", at: current,
                              notes: [Parser.help("'per host' gives every address its own budget; 'total' shares one")])
        }
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
            error(.badMultiple, "'\(token.text)' is not a multiple", at: location(token),
                  notes: [Parser.help("multiples have at most two decimals"), help])
            return nil
        }
        let fractionText = pieces.count == 2 ? String(pieces[1]) : ""
        let fraction = UInt32((fractionText + String(repeating: "0", count: 2 - fractionText.count))) ?? 0
        let hundredths = UInt64(whole) * 100 + UInt64(fraction)
        guard hundredths >= 100, hundredths <= UInt64(LearnedMultiple.maximumHundredths) else {
            error(.badMultiple, hundredths < 100
                      ? "a learned quota below 1x would stop hosts at their normal traffic"
                      : "multiple '\(token.text)' is larger than 1000x",
                  at: location(token), notes: [help])
            return nil
        }
        return LearnedMultiple(hundredths: UInt32(hundredths))
    }
}
