extension Parser {
    // MARK: Sizes

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
        guard let (unit, unitLocation, last) = sizeUnit(of: first, from: split) else { return nil }
        let whole = location(from: first, to: last)
        guard let multiplier = Parser.sizeUnits[unit] else {
            var notes: [DiagnosticNote] = []
            if let match = Parser.sizeUnitNames.first(where: { $0.lowercased() == unit.lowercased() }) {
                notes.append(Parser.help("did you mean '\(match)'? Units are case-sensitive"))
            } else {
                notes += didYouMean(unit, among: Parser.sizeUnitNames)
            }
            notes.append(Parser.help("the units are \(Parser.sizeUnitNames.joined(separator: ", "))"))
            error(.badSize, "unknown size unit '\(DisplayText.quoted(unit))'", at: unitLocation, notes: notes)
            // `1e3 B`: the word after the bad one is its intended unit, not the next clause's
            // mistake; one mistake, one report.
            if last.start == first.start, current.kind == .word, current.line == first.line,
               Parser.sizeUnits[current.text] != nil {
                advance()
            }
            return nil
        }
        return sizeValue(of: first, upTo: split, unit: unit, multiplier: multiplier, whole: whole)
    }

    /// The unit of a size: the rest of its first word, or the next word on the line when the
    /// number stands alone (`2 GiB`); nil after reporting a missing one.
    private mutating func sizeUnit(of first: Token, from split: Int) -> (unit: String, location: SourceLocation, last: Token)? {
        let unit = String(decoding: bytes[split..<first.end], as: UTF8.self)
        guard unit.isEmpty else { return (unit, location(in: first, bytes: split..<first.end), first) }
        let next = current
        if next.kind == .word, !next.isPoisoned, next.line == first.line, !Keyword.all.contains(next.text),
           let b = next.text.utf8.first, (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) {
            let last = advance()
            return (next.text, location(next), last)
        }
        error(.badSize, "missing unit after '\(DisplayText.quoted(first.text))'", at: location(first),
              notes: [Parser.help("sizes need a unit: \(Parser.sizeUnitNames.joined(separator: ", "))")])
        return nil
    }

    /// The bytes a size's number (with a decimal fraction) comes to in `unit`, or nil after
    /// reporting a malformed, too long, too large or zero one.
    private mutating func sizeValue(of first: Token, upTo split: Int, unit: String, multiplier: UInt64,
                                    whole: SourceLocation) -> Located<UInt64>? {
        let numberText = String(decoding: bytes[first.start..<split], as: UTF8.self)
        let pieces = numberText.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2, !pieces[0].isEmpty, pieces.count == 1 || !pieces[1].isEmpty else {
            error(.badSize, "'\(DisplayText.quoted(numberText))' is not a number", at: location(in: first, bytes: first.start..<split))
            return nil
        }
        let fraction = pieces.count == 2 ? pieces[1] : ""
        guard pieces[0].count <= 20, fraction.count <= 18 else {
            error(.badSize, "'\(DisplayText.quoted(numberText))' has too many digits", at: whole)
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
        guard bytesTotal <= UInt128(PolicyLimits.largestSize) else {
            error(.badSize, "size '\(numberText) \(unit)' is too large", at: whole,
                  notes: [Parser.help("the largest size is \(PolicyLimits.largestSize) bytes, the most a kernel quota holds")])
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

    // MARK: Durations

    /// The help every duration error ends with.
    private static let durationHelp = help("durations are a whole number and a unit (30s, 5m, 24h, 30d, 2w), or hour, day, week")

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
        switch first.text {
        case "hour": advance(); return Located(3600, location(first))
        case "day": advance(); return Located(86_400, location(first))
        case "week": advance(); return Located(604_800, location(first))
        default: break
        }
        guard first.start < first.end, Parser.isDigit(bytes[first.start]) else {
            try reportDurationWord(first)
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
                error(.badDuration, "missing unit after '\(DisplayText.quoted(first.text))'", at: location(first), notes: [Parser.durationHelp])
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
            error(.badDuration, "unknown duration unit '\(DisplayText.quoted(unit))'", at: unitLocation, notes: notes)
            return nil
        }
        return durationValue(of: first, upTo: split, multiplier: multiplier, whole: whole,
                             isWindow: isWindow, isLearnPeriod: isLearnPeriod, allowZero: allowZero)
    }

    /// A word where a duration belongs that does not start with a digit: a keyword is a syntax
    /// error (the statement is cut short); a word such as `month` gets the spelling to use.
    private mutating func reportDurationWord(_ first: Token) throws {
        let known: [String: String] = [
            "second": "1s", "seconds": "1s", "minute": "1m", "minutes": "1m", "hours": "1h", "days": "1d",
            "weeks": "1w", "month": "30d", "months": "30d", "year": "365d", "years": "365d",
        ]
        if Keyword.all.contains(first.text) && known[first.text] == nil {
            throw syntaxError("expected a duration such as '24h', found \(describe(first))", at: first,
                              notes: [Parser.durationHelp])
        }
        advance()
        var notes: [DiagnosticNote] = []
        if let replacement = known[first.text] { notes.append(Parser.help("write \(replacement)")) }
        notes.append(Parser.durationHelp)
        error(.badDuration, "'\(DisplayText.quoted(first.text))' is not a duration", at: location(first), notes: notes)
    }

    /// The seconds of a duration's digits in `multiplier` units, or nil after reporting one that
    /// is too long, too short for a learning period, or zero where zero is not allowed.
    private mutating func durationValue(of first: Token, upTo split: Int, multiplier: UInt64, whole: SourceLocation,
                                        isWindow: Bool, isLearnPeriod: Bool, allowZero: Bool) -> Located<UInt64>? {
        var value: UInt64 = 0
        var tooLong = split - first.start > 19
        if !tooLong {
            for i in first.start..<split { value = value * 10 + UInt64(bytes[i] - 0x30) }
            let product = value.multipliedReportingOverflow(by: multiplier)
            tooLong = product.overflow || product.partialValue > Parser.maximumDuration
            value = product.partialValue
        }
        if tooLong {
            error(.badDuration, "duration '\(DisplayText.quoted(first.text))' is longer than the limit of 3650d", at: whole)
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
}
