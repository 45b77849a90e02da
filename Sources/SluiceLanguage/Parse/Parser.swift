/// Recursive-descent parser for one policy file, with error recovery.
///
/// A syntax error abandons the current statement (or block line), records the names it mentions so
/// they are not later called unused, skips to the next line, and goes on: one typo never hides
/// the rest of the file. Value errors (a bad address, a zero size) do not abandon the statement.
struct Parser {
    /// Parses the tokens of one file.
    static func parse(bytes: [UInt8], tokens: [Token], file: String) -> ParsedFile {
        var parser = Parser(bytes: bytes, tokens: tokens, file: file)
        parser.parseFile()
        return ParsedFile(statements: parser.statements, diagnostics: parser.diagnostics,
                          mentionedNames: parser.mentionedNames, problemCount: parser.problemCount)
    }

    let bytes: [UInt8]
    let tokens: [Token]
    let file: String
    var index = 0
    var diagnostics: [Diagnostic] = []
    var statements: [SyntaxStatement] = []
    var mentionedNames: Set<String> = []
    /// Errors reported (or silently implied by a poisoned token) so far; statements compare it
    /// before and after to learn whether they are complete.
    var problemCount = 0
    /// A trailing comma before a new statement ended a list early; the statement may end here.
    var listEndedAt: Int?

    init(bytes: [UInt8], tokens: [Token], file: String) {
        self.bytes = bytes
        self.file = file
        if tokens.last?.kind == .end {
            self.tokens = tokens
        } else {
            self.tokens = tokens + [Token(kind: .end, text: "", start: bytes.count, end: bytes.count,
                                          line: 1, column: 1, width: 1)]
        }
    }

    // MARK: Token access

    var current: Token { tokens[index] }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    func isWord(_ text: String) -> Bool {
        current.kind == .word && current.text == text
    }

    /// Takes `word`, which must follow `previous`; otherwise a syntax error naming both, with
    /// `notes` (a misspelling of the word gets a did-you-mean when `notes` is nil).
    @discardableResult
    mutating func expectWord(_ word: String, after previous: String, notes: [DiagnosticNote]? = nil) throws -> Token {
        guard isWord(word) else {
            throw syntaxError("expected '\(word)' after '\(previous)', found \(describe(current))", at: current,
                              notes: notes ?? (current.kind == .word ? didYouMean(current.text, among: [word]) : []))
        }
        return advance()
    }

    func location(_ token: Token) -> SourceLocation {
        SourceLocation(file: file, line: token.line, column: token.column, length: token.width)
    }

    /// A location from the start of `first` to the end of `last` (just `first` when they are on different lines).
    func location(from first: Token, to last: Token) -> SourceLocation {
        guard last.line == first.line, last.column >= first.column else { return location(first) }
        return SourceLocation(file: file, line: first.line, column: first.column,
                              length: last.column + last.width - first.column)
    }

    /// The token before the current one.
    var previous: Token { tokens[max(0, index - 1)] }

    /// How a token reads in a message.
    func describe(_ token: Token) -> String {
        switch token.kind {
        case .word: Keyword.all.contains(token.text) ? "keyword '\(DisplayText.quoted(token.text))'" : "'\(DisplayText.quoted(token.text))'"
        case .string: "string \"\(DisplayText.quoted(token.text))\""
        case .comma: "','"
        case .semicolon: "';'"
        case .leftBrace: "'{'"
        case .rightBrace: "'}'"
        case .newline: "end of line"
        case .end: "end of file"
        }
    }

    // MARK: Reporting

    mutating func report(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .error { problemCount += 1 }
        diagnostics.append(diagnostic)
    }

    mutating func error(_ id: DiagnosticID, _ message: String, at location: SourceLocation,
                        notes: [DiagnosticNote] = []) {
        report(.error(id, message, at: location, notes: notes))
    }

    /// Reports a syntax error at `token` and returns the error that abandons the statement.
    /// A poisoned token was already reported by the lexer, so nothing more is said about it.
    mutating func syntaxError(_ message: String, at token: Token, notes: [DiagnosticNote] = []) -> ParseAbort {
        // A poisoned token was reported by the lexer; a token right after a list that a trailing
        // comma ended early was reported with the comma.
        if token.isPoisoned || (listEndedAt == index && token.start == current.start) {
            problemCount += 1
        } else {
            error(.syntaxError, message, at: location(token), notes: notes)
        }
        return ParseAbort()
    }

    /// Notes that a poisoned token was dropped, so the statement counts as incomplete.
    mutating func dropPoisoned() {
        problemCount += 1
        advance()
    }

    static func help(_ text: String) -> DiagnosticNote { DiagnosticNote(.help, text) }

    func didYouMean(_ word: String, among candidates: [String]) -> [DiagnosticNote] {
        guard let best = Suggestion.closest(to: word, among: candidates) else { return [] }
        return [Parser.help("did you mean '\(best)'?")]
    }

    // MARK: File and statements

    mutating func skipSeparators() {
        while current.kind == .newline || current.kind == .semicolon { advance() }
    }

    mutating func parseFile() {
        while true {
            skipSeparators()
            if current.kind == .end { break }
            let start = index
            do {
                try parseTopLevelStatement()
            } catch {
                if listEndedAt != index { synchronizeTopLevel() }
                // Whatever went wrong, never stand still: that would loop forever.
                if index == start { advance() }
                collectMentionedNames(from: start)
            }
        }
    }

    /// Ends a statement: a line break, `;`, the end of the file, or `}` inside a block.
    mutating func expectStatementEnd(inBlock: Bool = false, expected: String = "end of line") throws {
        if listEndedAt == index { return }
        switch current.kind {
        case .newline, .semicolon, .end:
            return
        case .rightBrace where inBlock:
            return
        default:
            var notes: [DiagnosticNote] = []
            if current.kind == .word, current.line == previous.line, expected.hasPrefix("','") {
                notes.append(Parser.help("separate list items with ','"))
            }
            throw syntaxError("expected \(expected), found \(describe(current))", at: current, notes: notes)
        }
    }

    /// Skips the rest of a broken top-level statement, including any block it opens.
    mutating func synchronizeTopLevel() {
        while true {
            switch current.kind {
            case .end, .newline, .semicolon:
                return
            case .leftBrace:
                advance()
                // Stopped at a statement (the `}` was forgotten): that statement is read next.
                if !skipBlockBody() { return }
            default:
                advance()
            }
        }
    }

    /// Skips the rest of a broken line inside a block, stopping before its `}`.
    mutating func synchronizeInBlock() {
        while true {
            switch current.kind {
            case .end, .newline, .semicolon, .rightBrace:
                return
            case .leftBrace:
                advance()
                if !skipBlockBody() { return }
            default:
                advance()
            }
        }
    }

    /// Skips to the `}` that matches an opened `{`. A line starting with a top-level statement
    /// keyword means the `}` was forgotten, so skipping stops there rather than eating the file;
    /// then it returns false, and the caller must not skip that statement's line either.
    @discardableResult
    mutating func skipBlockBody() -> Bool {
        var atLineStart = false
        while true {
            switch current.kind {
            case .end:
                return true
            case .rightBrace:
                advance()
                return true
            case .newline, .semicolon:
                advance()
                atLineStart = true
            case .word where atLineStart && Keyword.statementStarts.contains(current.text):
                return false
            default:
                advance()
                atLineStart = false
            }
        }
    }

    /// Records the names a broken statement mentions: they are used, even if we could not tell how.
    mutating func collectMentionedNames(from start: Int) {
        for i in start..<max(start, index) where tokens[i].kind == .word {
            let text = tokens[i].text
            if !Keyword.all.contains(text), Keyword.isNameShaped(text) { mentionedNames.insert(text) }
        }
    }

    mutating func parseTopLevelStatement() throws {
        listEndedAt = nil
        let token = current
        guard token.kind == .word else {
            if token.kind == .rightBrace {
                throw syntaxError("unexpected '}' outside a block", at: token)
            }
            throw syntaxError("expected a statement, found \(describe(token))", at: token)
        }
        switch token.text {
        case "policy": try parsePolicy()
        case "include": try parseInclude()
        case "group": try parseDefinition(.group)
        case "destination": try parseDefinition(.destination)
        case "service": try parseDefinition(.service)
        case "users": try parseDefinition(.users)
        case "allow": try parseAllow()
        case "quota": try parseQuota()
        case "on": try parseExceed()
        case "expect": try parseExpect()
        case "audit": try parseAudit()
        case "gateway": try parseGateway()
        default:
            if Keyword.settings.contains(token.text) || Keyword.unreservedSettings.contains(token.text) {
                throw syntaxError("'\(DisplayText.quoted(token.text))' is a setting of the policy block, not a statement", at: token,
                                  notes: [Parser.help("move it inside 'policy NAME { ... }'")])
            }
            if Keyword.actions.contains(token.text) {
                throw syntaxError("'\(DisplayText.quoted(token.text))' is an action of an 'on exceed' block, not a statement", at: token,
                                  notes: [Parser.help("move it inside 'on exceed GROUP { ... }'")])
            }
            if token.text == "deny" {
                throw syntaxError("there is no 'deny' statement: everything not allowed is denied", at: token,
                                  notes: [Parser.help("remove the line, or write an 'expect deny' check")])
            }
            throw syntaxError("expected a statement, found \(describe(token))", at: token,
                              notes: didYouMean(token.text, among: Keyword.statementStarts))
        }
    }

    mutating func parseInclude() throws {
        advance()
        let token = current
        guard token.kind == .string else {
            var notes: [DiagnosticNote] = []
            if token.kind == .word { notes.append(Parser.help("quote the path: include \"\(token.text)\"")) }
            throw syntaxError("expected a quoted path after 'include', found \(describe(token))", at: token, notes: notes)
        }
        advance()
        statements.append(.include(IncludeNode(path: Located(token.text, location(token)), isPoisoned: token.isPoisoned)))
        try expectStatementEnd()
    }

    mutating func parseDefinition(_ kind: DefinitionKind) throws {
        let keyword = advance()
        let name = try parseDefinitionName(for: kind.rawValue)
        var node = name.map { DefinitionNode(kind: kind, name: $0, location: location(keyword)) }
        let before = problemCount
        do {
            repeat {
                if kind == .service {
                    if let spec = try parseServiceItem() { node?.ports.append(spec) }
                } else if kind == .users {
                    if let item = try parseUserItem() { node?.users.append(item) }
                } else if kind == .destination && current.kind == .string {
                    if let name = parseDomainItem(allowPattern: true) { node?.names.append(name) }
                } else {
                    let item = current
                    if let range = try parseAddressItem() {
                        node?.addresses.append(range)
                        node?.addressLocations.append(location(item))
                    }
                }
            } while consumeComma()
        } catch {
            if var node {
                node.hasErrors = true
                statements.append(.definition(node))
            }
            throw error
        }
        if var node {
            node.hasErrors = problemCount > before
            statements.append(.definition(node))
        }
        try expectStatementEnd(expected: "',' or end of line")
    }
}
