/// Splits the UTF-8 text of one policy file into tokens, reporting lexical errors without stopping.
///
/// Works over bytes: policies with hundreds of thousands of addresses must lex in milliseconds.
struct Lexer {
    /// Tokenizes `text`; the result always ends with an `.end` token.
    static func tokenize(_ text: String, file: String) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        var lexer = Lexer(bytes: Array(text.utf8), file: file)
        lexer.run(atFileStart: true)
        return (lexer.tokens, lexer.diagnostics)
    }

    /// Tokenizes already decoded bytes (the parser keeps them for literal parsing). A segment of a
    /// file (`StatementSegments`) starts at `firstLine`, and only the file's own start may hold a
    /// byte order mark.
    static func tokenize(bytes: [UInt8], file: String, firstLine: Int = 1,
                         atFileStart: Bool = true) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        var lexer = Lexer(bytes: bytes, file: file)
        lexer.line = firstLine
        lexer.endLine = firstLine
        lexer.run(atFileStart: atFileStart)
        return (lexer.tokens, lexer.diagnostics)
    }

    /// The first token of a file that is not a line break or `;` (`.end` for none), lexing no
    /// further than it.
    static func firstToken(bytes: [UInt8], file: String) -> Token {
        var lexer = Lexer(bytes: bytes, file: file)
        lexer.stopsAtFirstToken = true
        lexer.run(atFileStart: true)
        return lexer.tokens.first { $0.kind != .newline && $0.kind != .semicolon } ?? lexer.tokens[lexer.tokens.count - 1]
    }

    private let bytes: [UInt8]
    private let file: String
    private var position = 0
    private var line = 1
    private var column = 1
    private var tokens: [Token] = []
    private var diagnostics: [Diagnostic] = []
    /// Where the end-of-file token goes: just after the last token that is not a line break.
    private var endLine = 1
    private var endColumn = 1
    /// Stop once a token other than a line break or `;` is made (`firstToken`).
    private var stopsAtFirstToken = false

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
        // About one token per ten bytes in address-heavy policies; the array grows if needed.
        tokens.reserveCapacity(bytes.count / 10)
    }

    private mutating func run(atFileStart: Bool = true) {
        // A byte order mark is not text.
        if atFileStart && bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { position = 3 }
        while position < bytes.count {
            if stopsAtFirstToken, let last = tokens.last, last.kind != .newline, last.kind != .semicolon { break }
            switch bytes[position] {
            case 0x20, 0x09:
                step()
            case 0x0D, 0x0B, 0x0C:
                // Whitespace to the reader, so statements go on; but only a CR before a LF is a
                // line ending, and a lone CR overprints the line on a terminal.
                if forbiddenLength(at: position) != nil { reportInvalidCharacter(at: position, column: column) }
                step()
            case 0x0A:
                emitNewline()
                position += 1
                line += 1
                column = 1
            case UInt8(ascii: "#"):
                var reported = false
                while position < bytes.count && bytes[position] != 0x0A {
                    if !reported && forbiddenLength(at: position) != nil {
                        reportInvalidCharacter(at: position, column: column)
                        reported = true
                    }
                    step()
                }
            case UInt8(ascii: ","):
                emitSingle(.comma)
            case UInt8(ascii: ";"):
                emitSingle(.semicolon)
            case UInt8(ascii: "{"):
                emitSingle(.leftBrace)
            case UInt8(ascii: "}"):
                emitSingle(.rightBrace)
            case UInt8(ascii: "\""):
                lexString()
            default:
                lexWord()
            }
        }
        tokens.append(Token(kind: .end, text: "", start: bytes.count, end: bytes.count,
                            line: endLine, column: endColumn, width: 1))
    }

    /// Moves past one byte; the column counts Unicode scalars, so continuation bytes do not count.
    private mutating func step() {
        if bytes[position] & 0xC0 != 0x80 { column += 1 }
        position += 1
    }

    private mutating func append(_ token: Token) {
        tokens.append(token)
        if token.kind != .newline {
            endLine = token.line
            endColumn = token.column + token.width
        }
    }

    private mutating func emitSingle(_ kind: TokenKind) {
        append(Token(kind: kind, text: "", start: position, end: position + 1, line: line, column: column, width: 1))
        step()
    }

    private mutating func emitNewline() {
        // A trailing comma continues the list on the next line; blank lines say nothing.
        guard let last = tokens.last, last.kind != .comma, last.kind != .newline else { return }
        tokens.append(Token(kind: .newline, text: "", start: position, end: position + 1,
                            line: line, column: column, width: 1))
    }

    private static func isDelimiter(_ b: UInt8) -> Bool {
        switch b {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, UInt8(ascii: "#"), UInt8(ascii: ","), UInt8(ascii: ";"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "\""):
            return true
        default:
            return false
        }
    }

    /// Byte classes for the word loop: a table lookup instead of a branchy switch per byte.
    private static let wordByte: UInt8 = 0, delimiterByte: UInt8 = 1, invalidByte: UInt8 = 2
    private static let byteClasses: [UInt8] = (0...255).map { (b: Int) -> UInt8 in
        let byte = UInt8(b)
        if isDelimiter(byte) { return delimiterByte }
        return isWordByte(byte) ? wordByte : invalidByte
    }

    /// Characters a word may hold: letters, digits and `_ - . : /`.
    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
            || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
            || b == UInt8(ascii: ":") || b == UInt8(ascii: "/")
    }

    private mutating func lexWord() {
        let start = position
        let startColumn = column
        var bad: (offset: Int, column: Int)?
        // Local copies keep the hot loop in registers: this loop sees most bytes of a large policy.
        let bytes = self.bytes
        let classes = Lexer.byteClasses
        var position = self.position
        var column = self.column
        while position < bytes.count {
            let b = bytes[position]
            let byteClass = classes[Int(b)]
            if byteClass == Lexer.delimiterByte { break }
            if byteClass == Lexer.invalidByte && bad == nil { bad = (position, column) }
            if b & 0xC0 != 0x80 { column += 1 }
            position += 1
        }
        self.position = position
        self.column = column
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if let bad { reportInvalidCharacter(at: bad.offset, column: bad.column) }
        append(Token(kind: .word, text: text, start: start, end: position, line: line, column: startColumn,
                     width: column - startColumn, isPoisoned: bad != nil))
    }

    /// The length of a character at `i` that may stand nowhere in a policy, not even in a comment
    /// or a string: C0 controls but tab (and a CR before a LF), DEL, C1 controls, and the
    /// bidirectional controls (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), and the line
    /// and paragraph separators (U+2028, U+2029). They make a line display differently from how
    /// Sluice reads it ("Trojan Source"); nil for anything else.
    private func forbiddenLength(at i: Int) -> Int? {
        let b = bytes[i]
        if b < 0x20 {
            if b == 0x09 || b == 0x0A { return nil }
            return b == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A ? nil : 1
        }
        if b == 0x7F { return 1 }
        guard b >= 0xC2, i + 1 < bytes.count else { return nil }
        let b1 = bytes[i + 1]
        switch b {
        case 0xC2: return b1 >= 0x80 && b1 <= 0x9F ? 2 : nil
        case 0xD8: return b1 == 0x9C ? 2 : nil
        case 0xE2:
            guard i + 2 < bytes.count else { return nil }
            let b2 = bytes[i + 2]
            if b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (b2 >= 0xA8 && b2 <= 0xAE)) { return 3 }
            return b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9 ? 3 : nil
        default:
            return nil
        }
    }

    private mutating func reportInvalidCharacter(at offset: Int, column: Int) {
        let lead = bytes[offset]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        let text = String(decoding: bytes[offset..<min(bytes.count, offset + length)], as: UTF8.self)
        let scalar = text.unicodeScalars.first ?? "\u{FFFD}"
        var hex = String(scalar.value, radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        let code = "U+" + hex
        var notes: [DiagnosticNote] = []
        let shown: String
        let category = scalar.properties.generalCategory
        if scalar.properties.isWhitespace || category == .control || category == .format {
            shown = "invalid character \(code)"
            if category == .control {
                notes.append(DiagnosticNote(.help, "control characters other than tab may not appear anywhere, not even in comments or strings"))
            } else if forbiddenLength(at: offset) != nil {
                notes.append(DiagnosticNote(.help, "bidirectional controls and line separators make a line display differently from how Sluice reads it; they may not appear anywhere, not even in comments"))
            } else if scalar.properties.isWhitespace {
                notes.append(DiagnosticNote(.help, "this is not an ordinary space; retype it as a space"))
            }
        } else {
            shown = "invalid character '\(scalar)'" + (scalar.isASCII ? "" : " (\(code))")
            if ["\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}"].contains(scalar) {
                notes.append(DiagnosticNote(.help, "strings use straight double quotes: \""))
            } else if !scalar.isASCII {
                notes.append(DiagnosticNote(.help, "names, addresses and keywords use ASCII characters only"))
            }
        }
        diagnostics.append(.error(.invalidCharacter, shown,
                                  at: SourceLocation(file: file, line: line, column: column), notes: notes))
    }

    private mutating func lexString() {
        let startColumn = column
        let start = position
        step()  // the opening quote
        var contents: [UInt8] = []
        var poisoned = false
        while true {
            guard position < bytes.count, bytes[position] != 0x0A else {
                // Unterminated: underline the rest of the line, keep what was read so parsing goes on.
                var width = column - startColumn
                if position > start, bytes[position - 1] == 0x0D { width -= 1 }
                diagnostics.append(.error(
                    .unterminatedString, "unterminated string",
                    at: SourceLocation(file: file, line: line, column: startColumn, length: width),
                    notes: [DiagnosticNote(.help, "strings end with '\"' on the same line")]))
                if contents.last == 0x0D { contents.removeLast() }
                append(Token(kind: .string, text: String(decoding: contents, as: UTF8.self), start: start,
                             end: position, line: line, column: startColumn, width: width, isPoisoned: true))
                return
            }
            let b = bytes[position]
            if b == UInt8(ascii: "\"") {
                step()
                break
            }
            if b == UInt8(ascii: "\\") {
                let escapeColumn = column
                step()
                if position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "\\") {
                    contents.append(bytes[position])
                    step()
                } else if position < bytes.count, bytes[position] != 0x0A {
                    let lead = bytes[position]
                    let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                    let shown = String(decoding: bytes[position..<min(bytes.count, position + length)], as: UTF8.self)
                    diagnostics.append(.error(
                        .badEscape, "unknown escape sequence '\\\(shown)'",
                        at: SourceLocation(file: file, line: line, column: escapeColumn, length: 2),
                        notes: [DiagnosticNote(.help, "only \\\" and \\\\ are escapes; write other characters as they are")]))
                    poisoned = true
                    contents.append(UInt8(ascii: "\\"))
                } else {
                    contents.append(UInt8(ascii: "\\"))
                }
                continue
            }
            if !poisoned && forbiddenLength(at: position) != nil {
                reportInvalidCharacter(at: position, column: column)
                poisoned = true
            }
            contents.append(b)
            step()
        }
        append(Token(kind: .string, text: String(decoding: contents, as: UTF8.self), start: start, end: position,
                     line: line, column: startColumn, width: column - startColumn, isPoisoned: poisoned))
    }
}
