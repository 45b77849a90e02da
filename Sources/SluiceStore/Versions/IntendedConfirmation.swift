/// The confirmation an `apply --confirm` asks for, recorded with its version before the
/// transaction is sent: the window from the version's record to its deadline, and the version to
/// restore when nobody confirms (nil: remove the table, there was none before).
public struct IntendedConfirmation: Hashable, Sendable {
    /// From the version's record to the deadline, in milliseconds (at least 1).
    public var windowMilliseconds: Int64
    /// The version the timer restores unless confirmed.
    public var rollbackTo: Int64?

    /// Creates one.
    public init(windowMilliseconds: Int64, rollbackTo: Int64?) {
        self.windowMilliseconds = max(1, windowMilliseconds)
        self.rollbackTo = rollbackTo
    }
}
