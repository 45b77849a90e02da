/// What an apply sent and what came of it.
public struct ApplyOutcome: Hashable, Sendable {
    /// False for a dry run (the kernel validated the transaction and aborted it) and for an empty
    /// plan (nothing was sent).
    public var committed: Bool
    /// Messages in the transaction, without BEGIN and END.
    public var messageCount: Int
    /// Bytes sent.
    public var byteCount: Int
    /// The generation the transaction created, when it is known exactly (a commit that checked
    /// the expected generation makes the next one).
    public var generation: UInt32?

    /// Creates an outcome.
    public init(committed: Bool, messageCount: Int, byteCount: Int, generation: UInt32?) {
        self.committed = committed
        self.messageCount = messageCount
        self.byteCount = byteCount
        self.generation = generation
    }
}
