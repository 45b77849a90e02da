/// A `note:` or `help:` line attached to a diagnostic.
public struct DiagnosticNote: Hashable, Sendable, Codable {
    /// Whether the line explains (`note`) or suggests a fix (`help`).
    public enum Kind: String, Sendable, Hashable, Codable {
        case note
        case help
    }

    public var kind: Kind
    public var message: String
    /// Where the note points, when it points somewhere else (say, the first definition of a duplicate).
    public var location: SourceLocation?

    /// Creates a note or help line; the message is made safe to print, as a diagnostic's is.
    public init(_ kind: Kind, _ message: String, at location: SourceLocation? = nil) {
        self.kind = kind
        self.message = DisplayText.clipped(message)
        self.location = location
    }
}
