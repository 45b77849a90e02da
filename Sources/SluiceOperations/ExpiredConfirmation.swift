import SluiceStore

/// An apply that was not confirmed by its deadline, and what restoring the version before it did.
public struct ExpiredConfirmation: Sendable {
    /// The confirmation that expired.
    public var pending: PendingConfirmation
    /// The rollback's report; nil when the apply had no version before it and the table was removed.
    public var report: ApplyReport?
}
