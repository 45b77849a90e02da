/// One token of a policy file, with its place in the source.
struct Token: Sendable {
    var kind: TokenKind
    /// Words: the text as written. Strings: the decoded contents. Otherwise empty.
    var text: String
    /// Byte offsets of the token in the file's UTF-8 text.
    var start: Int
    var end: Int
    /// 1-based line.
    var line: Int
    /// 1-based column in Unicode scalars.
    var column: Int
    /// Columns the token covers (at least 1).
    var width: Int
    /// True when the lexer already reported a problem inside the token; later stages stay quiet about it.
    var isPoisoned: Bool = false
}
