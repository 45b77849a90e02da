/// What the formatter reads, in source order: the lexer's tokens, the comments between them (the
/// lexer skips comments, but every byte outside a token is a gap the formatter can read again),
/// and the line breaks that separate them.
enum FormatEvent: Equatable {
    /// The token at this index of `FormatEvent.tokens`.
    case token(Int)
    /// A comment, from `#` to the end of its line without trailing blanks; `trailing` when it
    /// stands on the line of the token before it.
    case comment(String, trailing: Bool)
    /// One or more line breaks; `blank` when they hold an empty line; `beforeBrace` when the next
    /// token is `{` (which may stand on the next line without ending the statement).
    case lineBreak(blank: Bool, beforeBrace: Bool)

    /// The tokens the formatter lays out: the lexer's, without line ends and the end of file,
    /// which the formatter decides anew.
    static func tokens(_ lexed: [Token]) -> [Token] {
        lexed.filter { $0.kind != .newline && $0.kind != .end }
    }

    /// The events of a file whose significant tokens are `tokens`.
    static func events(bytes: [UInt8], tokens: [Token]) -> [FormatEvent] {
        var events: [FormatEvent] = []
        var previousEnd = 0
        for (index, token) in tokens.enumerated() {
            scanGap(bytes, from: previousEnd, to: token.start, afterItem: index > 0,
                    beforeBrace: token.kind == .leftBrace, into: &events)
            events.append(.token(index))
            previousEnd = token.end
        }
        scanGap(bytes, from: previousEnd, to: bytes.count, afterItem: !tokens.isEmpty, beforeBrace: false, into: &events)
        return events
    }

    /// The comments and line breaks between two tokens. Strings are tokens, so a `#` in a gap
    /// always starts a comment.
    private static func scanGap(_ bytes: [UInt8], from start: Int, to end: Int, afterItem: Bool, beforeBrace: Bool,
                                into events: inout [FormatEvent]) {
        var breaks = 0
        var afterItem = afterItem
        var position = start
        while position < end {
            switch bytes[position] {
            case 0x0A:
                breaks += 1
                position += 1
            case UInt8(ascii: "#"):
                var stop = position
                while stop < end && bytes[stop] != 0x0A { stop += 1 }
                var last = stop
                while last > position && (bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 || bytes[last - 1] == 0x0D) {
                    last -= 1
                }
                if breaks > 0 { events.append(.lineBreak(blank: breaks > 1, beforeBrace: false)) }
                events.append(.comment(String(decoding: bytes[position..<last], as: UTF8.self),
                                       trailing: breaks == 0 && afterItem))
                breaks = 0
                afterItem = true
                position = stop
            default:
                position += 1
            }
        }
        if breaks > 0 { events.append(.lineBreak(blank: breaks > 1, beforeBrace: beforeBrace)) }
    }
}
