/// What a finished command printed and how it exited.
public struct CommandResult: Hashable, Sendable {
    /// The command as run, program first.
    public let command: [String]
    /// Exit status, or 128 + N when signal N ended it.
    public let status: Int32
    /// Everything it wrote to standard output (UTF-8, invalid bytes replaced).
    public let standardOutput: String
    /// Everything it wrote to standard error.
    public let standardError: String

    /// Creates a result.
    public init(command: [String], status: Int32, standardOutput: String, standardError: String) {
        self.command = command
        self.status = status
        self.standardOutput = standardOutput
        self.standardError = standardError
    }

    /// Whether it exited with status 0.
    public var succeeded: Bool { status == 0 }

    /// Returns the result if it succeeded, else throws `LabError.commandFailed` naming the command.
    @discardableResult
    public func checked() throws -> CommandResult {
        guard succeeded else {
            throw LabError.commandFailed(command: command, status: status, standardError: standardError)
        }
        return self
    }
}
