import Foundation
import SluiceCompiler
import SluiceStore

/// What the confirmation timer reads at its start and keeps, so that the deadline holds when the
/// state directory is no longer there when it comes (moved or deleted): the unconfirmed version's
/// ruleset, and the one to restore (nil: the table is removed, as for an unconfirmed first apply).
public struct ConfirmationFallback: Sendable {
    /// The version that waits for `sluice confirm`.
    public let version: Int64
    /// When it must be confirmed by.
    public let deadline: Date
    /// Its ruleset: restored over only while the kernel still holds exactly this.
    let unconfirmed: Ruleset
    /// The version restored at the deadline, and its ruleset; nil when the table is removed.
    public let restoreVersion: Int64?
    let restore: Ruleset?
    /// The state directory as it was (device and inode): a directory moved, or deleted and made
    /// again, is not the one the confirmation is recorded in.
    let directory: (device: UInt64, inode: UInt64)?
}
