/// Why a written DNS name was refused: the message and, when there is one, a fix.
public struct DomainProblem: Error, Hashable, Sendable {
    public var message: String
    public var help: String?

    /// Creates a problem.
    public init(_ message: String, help: String? = nil) {
        self.message = message
        self.help = help
    }
}
