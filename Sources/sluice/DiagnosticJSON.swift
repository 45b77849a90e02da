import SluiceCompiler
import SluiceLanguage

/// Diagnostics as JSON, for `--json`.
enum DiagnosticJSON {
    /// One diagnostic as a JSON object.
    static func value(_ d: Diagnostic) -> JSONValue {
        .object([
            ("id", .string(d.id.rawValue)),
            ("severity", .string(d.severity.rawValue)),
            ("message", .string(d.message)),
            ("file", .string(d.location.file)),
            ("line", .int(Int64(d.location.line))),
            ("column", .int(Int64(d.location.column))),
            ("notes", .array(d.notes.map { n in
                .object([("kind", .string(n.kind.rawValue)), ("message", .string(n.message)),
                         ("location", n.location.map { .string($0.description) } ?? .null)])
            })),
        ])
    }
}
