/// One problem found in a policy: a value with a stable id, a severity and a location.
/// The front end never throws for a user's mistake; it returns these and keeps going.
public struct Diagnostic: Hashable, Sendable, Codable {
    public var id: DiagnosticID
    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    public var notes: [DiagnosticNote]

    /// Creates a diagnostic. The message is made safe to print (`DisplayText.clipped`): messages
    /// quote names, paths and words from files that may hold terminal escapes.
    public init(_ id: DiagnosticID, _ severity: Severity, _ message: String,
                at location: SourceLocation, notes: [DiagnosticNote] = []) {
        self.id = id
        self.severity = severity
        self.message = DisplayText.clipped(message)
        self.location = location
        self.notes = notes
    }

    /// An error diagnostic.
    public static func error(_ id: DiagnosticID, _ message: String, at location: SourceLocation,
                             notes: [DiagnosticNote] = []) -> Diagnostic {
        Diagnostic(id, .error, message, at: location, notes: notes)
    }

    /// A warning diagnostic.
    public static func warning(_ id: DiagnosticID, _ message: String, at location: SourceLocation,
                               notes: [DiagnosticNote] = []) -> Diagnostic {
        Diagnostic(id, .warning, message, at: location, notes: notes)
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
