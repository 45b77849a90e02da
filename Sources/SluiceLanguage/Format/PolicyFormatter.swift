/// The canonical layout of a policy file, as `sluice fmt` writes it.
///
/// It works on the lexer's tokens and the comments between them, not on a syntax tree: a line
/// break ends a statement unless it follows a comma, `;` becomes a line break, a block's
/// contents are indented, statements that start with the same word line up, lists keep their
/// line breaks and continue under their first item, lists that run past 100 columns wrap, and
/// every comment stays with the line it was on. The result is checked: it must hold the same
/// tokens and comments in the same order, and parse without error, or the file is refused.
public enum PolicyFormatter {
    /// Formats the text of the policy file shown as `file` in diagnostics.
    public static func format(_ text: String, file: String) -> PolicyFormatting {
        let bytes = Array(text.utf8)
        let lexed = Lexer.tokenize(bytes: bytes, file: file)
        if let problems = problems(bytes: bytes, lexed: lexed, file: file) { return .refused(problems) }
        let tokens = FormatEvent.tokens(lexed.tokens)
        let events = FormatEvent.events(bytes: bytes, tokens: tokens)
        let lines = FormatLineBuilder.lines(events, tokens: tokens, bytes: bytes)
        let result = FormatRenderer.render(lines, tokens: tokens)

        // Fail closed: a layout that changed a token, dropped a comment or broke a statement is a
        // bug in the formatter, and the file is left as it is.
        let again = Array(result.utf8)
        let relexed = Lexer.tokenize(bytes: again, file: file)
        let sameText = signature(bytes: bytes, tokens: lexed.tokens) == signature(bytes: again, tokens: relexed.tokens)
        let sameComments = comments(bytes, tokens) == comments(again, FormatEvent.tokens(relexed.tokens))
        guard sameText, sameComments, problems(bytes: again, lexed: relexed, file: file) == nil else {
            return .refused([.error(.syntaxError, "sluice fmt could not lay this file out without changing it; it was left as it is",
                                    at: SourceLocation(file: file, line: 1, column: 1),
                                    notes: [DiagnosticNote(.note, "this is a bug in sluice fmt; please report it with the file")])])
        }
        return .formatted(result)
    }

    /// The errors that keep a file from being formatted: it is not a policy, or does not lex or
    /// parse. Nil when there are none (warnings do not count).
    private static func problems(bytes: [UInt8], lexed: (tokens: [Token], diagnostics: [Diagnostic]),
                                 file: String) -> [Diagnostic]? {
        if let problem = PolicyShape.problem(bytes: bytes, tokens: lexed.tokens) {
            return [PolicyShape.diagnostic(file, problem, includedAt: nil)]
        }
        let parsed = Parser.parse(bytes: bytes, tokens: lexed.tokens, file: file)
        let errors = (lexed.diagnostics + parsed.diagnostics).filter { $0.severity == .error }
        return errors.isEmpty ? nil : errors
    }

    /// The tokens as the parser sees them, with every run of statement ends (line ends and `;`)
    /// as one, and none next to a brace, where they mean nothing.
    static func signature(bytes: [UInt8], tokens: [Token]) -> [String] {
        var out: [String] = []
        for token in tokens {
            switch token.kind {
            case .newline, .semicolon:
                if let last = out.last, last != ";", last != "{", last != "}" { out.append(";") }
            case .end:
                break
            case .leftBrace, .rightBrace:
                if out.last == ";" { out.removeLast() }
                out.append(token.kind == .leftBrace ? "{" : "}")
            case .comma:
                out.append(",")
            case .word, .string:
                out.append(String(decoding: bytes[token.start..<token.end], as: UTF8.self))
            }
        }
        if out.last == ";" { out.removeLast() }
        return out
    }

    /// The comments of a file, in order.
    private static func comments(_ bytes: [UInt8], _ tokens: [Token]) -> [String] {
        FormatEvent.events(bytes: bytes, tokens: tokens).compactMap {
            if case .comment(let text, _) = $0 { return text }
            return nil
        }
    }
}
