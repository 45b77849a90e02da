import Foundation
import Glibc
import SluiceCompiler
import SluiceStore

extension TableOperations {
    /// What the timer of `version`'s confirmation needs to hold its deadline without the state
    /// directory; nil when that confirmation is not pending.
    public func confirmationFallback(of version: Int64) throws(OperationError) -> ConfirmationFallback? {
        guard let pending = try stored({ () throws(StoreError) in try store.pendingConfirmation(table: table) }),
              pending.versionID == version else { return nil }
        let unconfirmed = try stored { () throws(StoreError) in try store.compiledPolicy(ofVersion: version) }.ruleset
        var restore: Ruleset?
        if let previous = pending.rollbackTo {
            restore = try stored { () throws(StoreError) in try store.compiledPolicy(ofVersion: previous) }.ruleset
        }
        return ConfirmationFallback(version: version, deadline: pending.deadline, unconfirmed: unconfirmed,
                                    restoreVersion: pending.rollbackTo, restore: restore,
                                    directory: Self.identity(of: store.directory))
    }

    /// Whether the state directory is still the one `fallback` was read from.
    public func stateDirectoryIsStill(_ fallback: ConfirmationFallback) -> Bool {
        guard let known = fallback.directory, let now = Self.identity(of: store.directory) else { return false }
        return known == now
    }

    /// The deadline without the history: once it has passed, restores the previous ruleset (or
    /// removes the table) when the kernel still holds exactly the unconfirmed one; something else
    /// there (a later apply from another state directory, an operator) is left alone. Nothing is
    /// recorded: the history is gone. Returns whether it changed the kernel.
    public func enforce(_ fallback: ConfirmationFallback) throws(OperationError) -> Bool {
        let left = fallback.deadline.timeIntervalSinceNow
        if left > 0 { Thread.sleep(forTimeInterval: left) }
        let netfilter = try connection()
        let held = try kernel { try netfilter.plan(fallback.unconfirmed) }
        guard held.isEmpty else { return false }
        guard let restore = fallback.restore else {
            try kernel { try netfilter.deleteTable(table, expectedGeneration: held.generation) }
            return true
        }
        let plan = try kernel { try netfilter.plan(restore) }
        _ = try kernel { try netfilter.apply(plan, expectedGeneration: plan.generation) }
        return true
    }

    private static func identity(of directory: String) -> (device: UInt64, inode: UInt64)? {
        var info = stat()
        guard stat(directory, &info) == 0 else { return nil }
        return (UInt64(info.st_dev), UInt64(info.st_ino))
    }
}
