/// What marking a version applied did to the table's pending confirmation.
public struct MarkedApplied: Hashable, Sendable {
    /// The version's own confirmation, pending from now (an `apply --confirm`).
    public var pending: PendingConfirmation?
    /// The confirmation that was pending for another version, ended (its timer finds nothing to do).
    public var superseded: PendingConfirmation?

    /// Creates one.
    public init(pending: PendingConfirmation? = nil, superseded: PendingConfirmation? = nil) {
        self.pending = pending
        self.superseded = superseded
    }
}
