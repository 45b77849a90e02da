/// Renders diagnostics the way compilers do:
///
/// ```
/// policies/hpc.sluice:12:7: error: undefined name 'compte'
/// allow compte to mirrors on web
///       ^~~~~~
/// help: did you mean 'compute'?
/// ```
///
/// Each line ends with a newline. Tabs before the caret are kept, so the caret lines up.
/// Everything printed is terminal-safe (`DisplayText`): paths, messages and source lines may come
/// from any file, and a decoded diagnostic may not have been escaped when it was made.
public enum DiagnosticRenderer {
    /// The text of all diagnostics, with source lines from `sources`.
    public static func render(_ diagnostics: [Diagnostic], sources: [SourceFile]) -> String {
        var lines = SourceLines(sources)
        var out = ""
        for diagnostic in diagnostics {
            out += "\(shown(diagnostic.location)): \(diagnostic.severity.rawValue): \(DisplayText.clipped(diagnostic.message))\n"
            out += lines.excerpt(at: diagnostic.location)
            for note in diagnostic.notes {
                if let location = note.location {
                    out += "\(shown(location)): \(note.kind.rawValue): \(DisplayText.clipped(note.message))\n"
                    out += lines.excerpt(at: location)
                } else {
                    out += "\(note.kind.rawValue): \(DisplayText.clipped(note.message))\n"
                }
            }
        }
        return out
    }

    /// `FILE:LINE:COLUMN` with the file's name escaped (an include path is a string from the policy).
    private static func shown(_ location: SourceLocation) -> String {
        DisplayText.clipped(location.description)
    }
}
