/// Whether a file looks like a policy at all, before anything of it is reported.
///
/// Sluice often runs as root, so `sluice check /etc/shadow` (or `include "/etc/shadow"`) must not
/// print the file line by line as syntax errors. A file that contains a NUL byte, or whose first
/// statement is not a statement keyword (nor a likely typo of one), is refused as a whole, and
/// none of its text is shown.
enum PolicyShape {
    /// Why the file is not a policy, and where that shows; nil when it looks like one.
    static func problem(bytes: [UInt8], tokens: [Token]) -> (reason: String, line: Int, column: Int)? {
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = position(of: nul, in: bytes)
            return ("it contains a NUL byte (line \(line), column \(column)): it is a binary file", line, column)
        }
        guard let first = tokens.first(where: { $0.kind != .newline && $0.kind != .semicolon }),
              first.kind != .end else { return nil }
        if first.kind == .word, !first.isPoisoned,
           Keyword.all.contains(first.text) || Keyword.unreservedSettings.contains(first.text)
            || Keyword.unreservedStatements.contains(first.text)
            || Suggestion.closest(to: first.text, among: Keyword.statements) != nil {
            return nil
        }
        return ("it does not start with a statement (line \(first.line), column \(first.column))", first.line, first.column)
    }

    /// The `not-a-policy` error for `display`: at the include that named it, or at the file's
    /// first statement when it is the root (a position, never a line of it).
    static func diagnostic(_ display: String, _ problem: (reason: String, line: Int, column: Int),
                           includedAt include: SourceLocation?) -> Diagnostic {
        let notes = [DiagnosticNote(.note, problem.reason + "; none of it is shown"),
                     DiagnosticNote(.help, "a policy file starts with a statement such as 'policy', 'include' or 'group' (comments and blank lines may come first)")]
        if let include {
            return .error(.notAPolicy, "included file '\(display)' is not a Sluice policy file", at: include, notes: notes)
        }
        return .error(.notAPolicy, "'\(display)' is not a Sluice policy file",
                      at: SourceLocation(file: display, line: problem.line, column: problem.column), notes: notes)
    }

    /// The 1-based line and column (in scalars) of a byte offset.
    private static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for b in bytes[..<offset] {
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
