/// What the parser makes of one file.
struct ParsedFile: Sendable {
    var statements: [SyntaxStatement]
    var diagnostics: [Diagnostic]
    /// Names that appear in statements that could not be parsed; they count as used.
    var mentionedNames: Set<String>
    /// Problems found, reported or implied by a poisoned token (0: the file parsed cleanly).
    var problemCount = 0
}
