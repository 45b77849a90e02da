/// The result of one `alert exec` run.
public struct ExecOutcome: Hashable, Sendable {
    /// How it ended.
    public var status: ExecStatus
    /// The start of what it wrote to standard output and standard error.
    public var output: String
    /// How long it ran.
    public var duration: Duration

    /// Creates an outcome.
    public init(status: ExecStatus, output: String, duration: Duration) {
        self.status = status
        self.output = output
        self.duration = duration
    }
}
