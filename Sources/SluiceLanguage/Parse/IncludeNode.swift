/// A parsed `include "PATH"` statement.
struct IncludeNode: Sendable {
    /// The path as written, located at the string.
    var path: Located<String>
    /// Whether the lexer already reported a problem in the string.
    var isPoisoned: Bool
}
