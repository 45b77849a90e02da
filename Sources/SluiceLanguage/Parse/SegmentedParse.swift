/// Parses a file statement by statement (`StatementSegments`), taking the parse of a `group`,
/// `destination` or `service` from a `StatementCache` when its text is unchanged, and keeping the
/// parse of each new one: a one-line change of a 2.4 MB policy parses one list, not 100,000 lines.
///
/// The result is exactly `Parser.parse` of the whole file's tokens, because each segment starts
/// where the whole file's lexer and parser are between statements and every segment parses
/// without a problem. Whatever would need the whole file (a NUL byte or a first statement that
/// does not look like one, for `PolicyShape`; any diagnostic, whose wording, recovery and order
/// are the whole file's to decide) makes it give up, and the caller parses the file whole.
///
/// The statements the cache does not hold are parsed on two threads (a first `sluice apply` of
/// a large policy parses all of them, and the machine's second core is idle meanwhile); the cache
/// itself is asked and fed on the calling thread, in the file's order.
enum SegmentedParse {
    /// Below this many bytes to parse, a second thread costs more than it saves.
    static let parallelBytes = 64 * 1024

    /// The parse of the file, or nil when it must be parsed whole.
    static func parse(bytes: [UInt8], file: String, cache: any StatementCache) -> ParsedFile? {
        guard PolicyShape.problem(bytes: bytes, tokens: [Lexer.firstToken(bytes: bytes, file: file)]) == nil else { return nil }
        let segments = bytes.withUnsafeBytes { StatementSegments.segments($0) }
        var parts: [ParsedSegment?] = Array(repeating: nil, count: segments.count)
        var misses: [Int] = []
        for (index, segment) in segments.enumerated() {
            let text = bytes[segment.range]
            if cacheable(text), let entry = text.withUnsafeBytes({ cache.entry(forStatement: $0) }),
               let node = DefinitionCodec.decode(entry, file: file, firstLine: segment.line) {
                parts[index] = ParsedSegment(statements: [.definition(node)], mentionedNames: [], entry: nil)
            } else {
                misses.append(index)
            }
        }
        guard let parsed = parseAll(misses, of: segments, in: bytes, file: file) else { return nil }
        for (index, part) in zip(misses, parsed) { parts[index] = part }
        var statements: [SyntaxStatement] = []
        var mentionedNames: Set<String> = []
        for (segment, part) in zip(segments, parts) {
            guard let part else { return nil }
            if let entry = part.entry {
                bytes[segment.range].withUnsafeBytes { cache.keep(entry, forStatement: $0) }
            }
            statements += part.statements
            mentionedNames.formUnion(part.mentionedNames)
        }
        return ParsedFile(statements: statements, diagnostics: [], mentionedNames: mentionedNames)
    }

    /// Only the file's start may hold a byte order mark, so a segment starting with one would
    /// parse differently elsewhere: such a segment is never cached.
    private static func cacheable(_ text: ArraySlice<UInt8>) -> Bool {
        !text.starts(with: [0xEF, 0xBB, 0xBF])
    }

    /// The parses of the segments at `indices`, in their order, the second half (by bytes) on
    /// another thread when there is enough to parse; nil when any has a diagnostic.
    private static func parseAll(_ indices: [Int], of segments: [StatementSegments.Segment], in bytes: [UInt8],
                                 file: String) -> [ParsedSegment]? {
        let total = indices.reduce(0) { $0 + segments[$1].range.count }
        var split = indices.count
        if total >= parallelBytes {
            var running = 0
            split = indices.firstIndex { running += segments[$0].range.count; return running * 2 >= total }.map { $0 + 1 } ?? indices.count
        }
        let second = Array(indices[split...])
        let background = second.isEmpty ? nil : BackgroundWork { () -> [ParsedSegment]? in
            parseRun(second, of: segments, in: bytes, file: file)
        }
        let first = parseRun(Array(indices[..<split]), of: segments, in: bytes, file: file)
        let rest = background.map { $0.wait() ?? nil } ?? []
        guard let first, let rest else { return nil }
        return first + rest
    }

    /// The parses of the segments at `indices`, in order; nil at the first with a diagnostic.
    private static func parseRun(_ indices: [Int], of segments: [StatementSegments.Segment], in bytes: [UInt8],
                                 file: String) -> [ParsedSegment]? {
        var out: [ParsedSegment] = []
        out.reserveCapacity(indices.count)
        for index in indices {
            let segment = segments[index]
            guard let part = ParsedSegment.parse(bytes, segment: segment, file: file,
                                                 cacheable: cacheable(bytes[segment.range])) else { return nil }
            out.append(part)
        }
        return out
    }
}
