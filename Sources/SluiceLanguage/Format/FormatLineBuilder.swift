/// Turns the formatter's events into lines: one statement, setting or action per line, blocks
/// opened at the end of their statement's line and closed on a line of their own, lists broken
/// where the source broke them, comments where they were, single blank lines kept.
///
/// It knows tokens, not statements: a line break ends a statement unless it follows a comma (the
/// list goes on) or comes before `{`; `;` ends one too. So statements added to the language later
/// are laid out without a rule of their own.
struct FormatLineBuilder {
    private let tokens: [Token]
    private let bytes: [UInt8]
    private(set) var lines: [FormatLine] = []
    private var current: FormatLine?
    private var depth = 0
    private var pendingBlank = false
    private var lastToken: Int?

    /// What the next token does to the current line.
    private enum Break {
        /// It goes on the current line.
        case none
        /// It starts a statement on a new line.
        case statement
        /// It continues a list on a new line (the comma that ended the line).
        case continuation(Int)
    }
    private var pending = Break.statement

    init(tokens: [Token], bytes: [UInt8]) {
        self.tokens = tokens
        self.bytes = bytes
    }

    /// The lines of a file.
    static func lines(_ events: [FormatEvent], tokens: [Token], bytes: [UInt8]) -> [FormatLine] {
        var builder = FormatLineBuilder(tokens: tokens, bytes: bytes)
        for event in events { builder.take(event) }
        builder.flush()
        return builder.lines
    }

    private mutating func take(_ event: FormatEvent) {
        switch event {
        case .token(let index):
            take(token: index)
            lastToken = index
        case .comment(let text, let trailing):
            if trailing, current != nil, current?.comment == nil {
                current?.comment = text
            } else {
                flush()
                var line = FormatLine(kind: .comment, depth: depth, comment: text)
                if case .continuation(let comma) = pending { line.listComma = comma }
                start(line)
                flush()
            }
        case .lineBreak(let blank, let beforeBrace):
            if blank { pendingBlank = true }
            guard let last = lastToken else { return }
            if tokens[last].kind == .comma {
                if case .none = pending { pending = .continuation(last) }
            } else if !beforeBrace {
                pending = .statement
            }
        }
    }

    private mutating func take(token index: Int) {
        let token = tokens[index]
        switch token.kind {
        case .semicolon:
            pending = .statement
        case .comma:
            if let last = current?.pieces.indices.last {
                current?.pieces[last].text += ","
                current?.pieces[last].comma = index
            }
        case .leftBrace:
            if current == nil { start(FormatLine(kind: .code, depth: depth, startsStatement: true)) }
            current?.pieces.append(FormatLine.Piece(text: "{", token: index))
            depth += 1
            pending = .statement
        case .rightBrace:
            flush()
            depth = max(0, depth - 1)
            pendingBlank = false
            start(FormatLine(kind: .code, depth: depth, pieces: [FormatLine.Piece(text: "}", token: index)]))
            pending = .statement
        case .word, .string:
            let piece = FormatLine.Piece(text: String(decoding: bytes[token.start..<token.end], as: UTF8.self), token: index)
            switch pending {
            case .none where current != nil:
                current?.pieces.append(piece)
            case .continuation(let comma):
                flush()
                start(FormatLine(kind: .code, depth: depth, pieces: [piece], listComma: comma))
            default:
                flush()
                start(FormatLine(kind: .code, depth: depth, pieces: [piece], startsStatement: true))
            }
            pending = .none
        case .newline, .end:
            break
        }
    }

    /// Makes `line` the current line, after the blank line the source had before it; none at the
    /// start of the file or of a block, nor before a closing brace.
    private mutating func start(_ line: FormatLine) {
        let closes = line.pieces.first.map { tokens[$0.token].kind == .rightBrace } ?? false
        if pendingBlank, !closes, let last = lines.last, !(last.kind == .code && last.pieces.last?.text == "{") {
            lines.append(FormatLine(kind: .blank, depth: line.depth))
        }
        pendingBlank = false
        current = line
    }

    private mutating func flush() {
        if let current { lines.append(current) }
        current = nil
    }
}
