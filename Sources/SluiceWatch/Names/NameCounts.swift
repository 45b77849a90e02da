/// Counters of the name service, for status and metrics.
public struct NameCounts: Hashable, Sendable {
    /// Answers handled.
    public var answers = 0
    /// Elements added (one per address and learned set).
    public var admitted = 0
    /// Elements not written because this watcher's own write admitted them for long enough.
    public var unchanged = 0
    /// Answers that taught nothing, by reason.
    public var ignored: [NameLearning.Reason: Int] = [:]
    /// Names refused an address by `dns addresses per name` (once per answer).
    public var capped = 0
    /// Batches the kernel refused (their addresses stayed denied).
    public var failedBatches = 0
    /// Addresses answers gave that their server did not confirm (not admitted), once per answer.
    public var unconfirmed = 0
    /// The watcher's own questions a server did not answer in time or refused.
    public var unanswered = 0

    /// No counts yet.
    public init() {}
}

extension NameCounts {
    /// The sum of two sets of counts (a service's, and those of the ones it replaced).
    func adding(_ other: NameCounts) -> NameCounts {
        var sum = self
        sum.answers += other.answers
        sum.admitted += other.admitted
        sum.unchanged += other.unchanged
        sum.ignored.merge(other.ignored, uniquingKeysWith: +)
        sum.capped += other.capped
        sum.failedBatches += other.failedBatches
        sum.unconfirmed += other.unconfirmed
        sum.unanswered += other.unanswered
        return sum
    }
}
