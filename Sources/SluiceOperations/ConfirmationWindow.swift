import Foundation

/// What an `apply --confirm` promised: the deadline, and what comes back without a confirm.
public struct ConfirmationWindow: Hashable, Sendable {
    /// When the previous version comes back unless `sluice confirm` ran.
    public var deadline: Date
    /// The version that comes back; nil means Sluice's table is removed.
    public var restores: Int64?
}
