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
public enum DiagnosticRenderer {
    /// The text of all diagnostics, with source lines from `sources`.
    public static func render(_ diagnostics: [Diagnostic], sources: [SourceFile]) -> String {
        var lines = SourceLines(sources)
        var out = ""
        for diagnostic in diagnostics {
            out += "\(diagnostic.location): \(diagnostic.severity.rawValue): \(diagnostic.message)\n"
            out += lines.excerpt(at: diagnostic.location)
            for note in diagnostic.notes {
                if let location = note.location {
                    out += "\(location): \(note.kind.rawValue): \(note.message)\n"
                    out += lines.excerpt(at: location)
                } else {
                    out += "\(note.kind.rawValue): \(note.message)\n"
                }
            }
        }
        return out
    }
}
