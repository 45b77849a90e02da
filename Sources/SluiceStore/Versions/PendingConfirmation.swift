import Foundation

/// An `apply --confirm` waiting for `sluice confirm`; when the deadline passes, the timer process
/// restores `rollbackTo`.
public struct PendingConfirmation: Hashable, Sendable, Codable {
    /// The Sluice table that was applied.
    public var table: String
    /// The version applied with `--confirm`.
    public var versionID: Int64
    /// The version to restore if nobody confirms; nil when there was none (the first apply).
    public var rollbackTo: Int64?
    /// When the timer rolls back unless confirmed.
    public var deadline: Date
    /// The detached timer process, so `confirm` can stop it and `status` can show it.
    public var timerPID: Int32?
    /// When the confirmation was requested.
    public var created: Date

    /// Creates a pending confirmation.
    public init(table: String, versionID: Int64, rollbackTo: Int64?, deadline: Date, timerPID: Int32? = nil,
                created: Date = Date()) {
        self.table = table
        self.versionID = versionID
        self.rollbackTo = rollbackTo
        self.deadline = deadline
        self.timerPID = timerPID
        self.created = created
    }
}
