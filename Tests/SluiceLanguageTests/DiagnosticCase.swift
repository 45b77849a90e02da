import Testing
@testable import SluiceLanguage

/// One row of the diagnostic catalogue: a source that must produce `id` with `severity` at its marker.
struct DiagnosticCase: Sendable, CustomTestStringConvertible {
    let id: DiagnosticID
    let severity: Severity
    let source: String
    var files: [String: String] = [:]
    var path = "test.sluice"
    /// Whether the file with the marker is another file than the root (an include).
    var markedFile: String?
    /// The in-memory file system's glob limit, for `glob-too-broad`.
    var globLimit = PolicyLimits.globEntries

    var testDescription: String { "\(id.rawValue)" }
}
