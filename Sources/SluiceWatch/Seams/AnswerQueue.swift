/// The queue DNS answers wait in until the watcher has admitted their addresses (NFQUEUE with
/// `bypass`: while nobody reads it, answers pass and teach nothing).
public protocol AnswerQueue: Sendable {
    /// Lets a held answer go on (NF_ACCEPT). Every answer read is released, learned from or not:
    /// the queue only ever delays DNS, it never drops it.
    func release(_ id: UInt32) throws
}
