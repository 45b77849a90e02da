/// One line of formatted output before it is rendered: where it stands and what it holds.
struct FormatLine {
    enum Kind {
        /// Tokens of a statement (its first line, a continuation of a list, or a closing brace).
        case code
        /// A comment on a line of its own.
        case comment
        /// An empty line kept from the source.
        case blank
    }

    /// One token as it is printed, with the comma that follows it, if any.
    struct Piece {
        /// The token's source text (and a `,` when one follows).
        var text: String
        /// The token's index.
        var token: Int
        /// The index of the comma after the token.
        var comma: Int?
    }

    var kind: Kind
    /// Block nesting: 0 at the top level.
    var depth: Int
    var pieces: [Piece] = []
    /// The comment of a comment line, or the trailing comment of a code line.
    var comment: String?
    /// True on the first line of a statement, setting or action.
    var startsStatement = false
    /// On a continuation line (and a comment inside a list), the comma that ended the line before:
    /// the line lines up under the first item of that comma's list.
    var listComma: Int?
    /// The width the second word is padded to, when the line is aligned with its neighbours.
    var subjectWidth: Int?

    /// The printed width of a text, in Unicode scalars (as the lexer counts columns).
    static func width(_ text: String) -> Int { text.unicodeScalars.count }
}
