/// The parse of one statement of `SegmentedParse`, made without the statement cache so that
/// segments can be parsed on two threads: the statements, the names they mention, and the cache
/// entry to keep for the segment's text (nil when it is not cached).
struct ParsedSegment: Sendable {
    var statements: [SyntaxStatement]
    var mentionedNames: Set<String>
    var entry: [UInt8]?

    /// Lexes and parses one segment of `bytes`; nil when it has any diagnostic (the file is then
    /// parsed whole, which words and orders them).
    static func parse(_ bytes: [UInt8], segment: StatementSegments.Segment, file: String, cacheable: Bool) -> ParsedSegment? {
        let segmentBytes = Array(bytes[segment.range])
        let lexed = Lexer.tokenize(bytes: segmentBytes, file: file, firstLine: segment.line,
                                   atFileStart: segment.range.lowerBound == 0)
        guard lexed.diagnostics.isEmpty else { return nil }
        let parsed = Parser.parse(bytes: segmentBytes, tokens: lexed.tokens, file: file)
        guard parsed.diagnostics.isEmpty, parsed.problemCount == 0 else { return nil }
        // `users` lists and destinations with DNS names are short, and their codec would be
        // one more format: never cached.
        guard cacheable, parsed.statements.count == 1, case .definition(var node) = parsed.statements[0],
              node.kind != .users, node.names.isEmpty else {
            return ParsedSegment(statements: parsed.statements, mentionedNames: parsed.mentionedNames, entry: nil)
        }
        let normalized = AddressRange.normalize(node.addresses)
        let entry = DefinitionCodec.encode(node, normalized: normalized, firstLine: segment.line)
        node.normalizedAddresses = normalized
        return ParsedSegment(statements: [.definition(node)], mentionedNames: parsed.mentionedNames, entry: entry)
    }
}
