/// The kinds of token the lexer produces.
enum TokenKind: Sendable, Equatable {
    /// A run of non-delimiter characters: a keyword, a name, an address, a port, a number, a unit.
    case word
    /// A double-quoted string; the token's text is the decoded contents.
    case string
    case comma
    case semicolon
    case leftBrace
    case rightBrace
    /// The end of a line that ends a statement (never emitted after a trailing comma).
    case newline
    /// The end of the file.
    case end
}
