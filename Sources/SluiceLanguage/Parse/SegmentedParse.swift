/// Parses a file statement by statement (`StatementSegments`), taking the parse of a `group`,
/// `destination` or `service` from a `StatementCache` when its text is unchanged, and keeping the
/// parse of each new one: a one-line change of a 2.4 MB policy parses one list, not 100,000 lines.
///
/// The result is exactly `Parser.parse` of the whole file's tokens, because each segment starts
/// where the whole file's lexer and parser are between statements and every segment parses
/// without a problem. Whatever would need the whole file (a NUL byte or a first statement that
/// does not look like one, for `PolicyShape`; any diagnostic, whose wording, recovery and order
/// are the whole file's to decide) makes it give up, and the caller parses the file whole.
enum SegmentedParse {
    /// The parse of the file, or nil when it must be parsed whole.
    static func parse(bytes: [UInt8], file: String, cache: any StatementCache) -> ParsedFile? {
        guard PolicyShape.problem(bytes: bytes, tokens: [Lexer.firstToken(bytes: bytes, file: file)]) == nil else { return nil }
        var statements: [SyntaxStatement] = []
        var mentionedNames: Set<String> = []
        let segments = bytes.withUnsafeBytes { StatementSegments.segments($0) }
        for segment in segments {
            let text = bytes[segment.range]
            // Only the file's start may hold a byte order mark, so a segment starting with one
            // would parse differently elsewhere: such a segment is never cached.
            let cacheable = !text.starts(with: [0xEF, 0xBB, 0xBF])
            if cacheable, let entry = text.withUnsafeBytes({ cache.entry(forStatement: $0) }),
               let node = DefinitionCodec.decode(entry, file: file, firstLine: segment.line) {
                statements.append(.definition(node))
                continue
            }
            let segmentBytes = Array(text)
            let lexed = Lexer.tokenize(bytes: segmentBytes, file: file, firstLine: segment.line,
                                       atFileStart: segment.range.lowerBound == 0)
            guard lexed.diagnostics.isEmpty else { return nil }
            let parsed = Parser.parse(bytes: segmentBytes, tokens: lexed.tokens, file: file)
            guard parsed.diagnostics.isEmpty, parsed.problemCount == 0 else { return nil }
            mentionedNames.formUnion(parsed.mentionedNames)
            // `users` lists and destinations with DNS names are short, and their codec would be
            // one more format: never cached.
            guard cacheable, parsed.statements.count == 1, case .definition(var node) = parsed.statements[0],
                  node.kind != .users, node.names.isEmpty else {
                statements += parsed.statements
                continue
            }
            let normalized = AddressRange.normalize(node.addresses)
            text.withUnsafeBytes { cache.keep(DefinitionCodec.encode(node, normalized: normalized, firstLine: segment.line),
                                              forStatement: $0) }
            node.normalizedAddresses = normalized
            statements.append(.definition(node))
        }
        return ParsedFile(statements: statements, diagnostics: [], mentionedNames: mentionedNames)
    }
}
