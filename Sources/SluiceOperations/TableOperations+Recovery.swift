import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceStore

extension TableOperations {
    /// Settles what an earlier command left undone, before this one does anything: an apply killed
    /// between its record and its commit, and an apply whose confirmation deadline passed while
    /// nothing was there to roll it back. Returns what it found and did, for the operator; a
    /// failure to check is reported the same way rather than stopping the command.
    public func reconcile(now: Date = Date()) -> [String] {
        var notices: [String] = []
        do {
            notices += try resolveInterruptedApplies()
        } catch {
            notices.append("could not check for an interrupted apply: \(error)")
        }
        do {
            if let expired = try enforceConfirmationDeadline(now: now) {
                let restored = expired.pending.rollbackTo.map { "version \($0) was restored" } ?? "Sluice's table was removed"
                notices.append("version \(expired.pending.versionID) was not confirmed by its deadline "
                               + "\(RFC3339.format(expired.pending.deadline)); \(restored)")
            }
        } catch {
            notices.append("an unconfirmed apply is past its deadline, but restoring the version before it failed: \(error)")
        }
        return notices
    }

    /// Resolves versions recorded as intended whose apply never marked them applied (killed between
    /// the kernel's commit and the history's): the kernel says which policy it runs. The one it
    /// runs becomes the live version; ones it does not run are discarded. When the kernel runs
    /// neither, the history cannot say what is live, and the notice says so.
    func resolveInterruptedApplies() throws(OperationError) -> [String] {
        let intended = try stored { () throws(StoreError) in try store.intendedVersions(table: table) }
        guard !intended.isEmpty else { return [] }
        // An apply in progress holds the lock and its version is intended until it commits.
        let lock: StateLock
        do {
            lock = try StateLock(directory: store.directory, table: table, timeout: .zero)
        } catch {
            return []
        }
        defer { lock.release() }
        let netfilter = try connection()
        let running = try kernel { try netfilter.readTable(table) }
        var notices: [String] = []
        var settled = false
        for version in intended.reversed() {
            let compiled = try stored { () throws(StoreError) in try store.compiledPolicy(ofVersion: version.id) }
            if !settled, let running, RulesetDiff.compare(running, compiled.ruleset).isEmpty {
                let pending = try stored { () throws(StoreError) in try store.markApplied(versionID: version.id, table: table) }.pending
                notices.append("an apply of version \(version.id) was interrupted after the kernel committed it; "
                               + "it is now recorded as the live version"
                               + (pending.map { "; it was applied with --confirm: unless confirmed by \(RFC3339.format($0.deadline)), "
                                   + ($0.rollbackTo.map { "version \($0)" } ?? "no table") + " is restored then" } ?? ""))
                settled = true
            } else {
                try stored { () throws(StoreError) in try store.discardIntended(versionID: version.id, table: table) }
                if !settled { notices.append("an apply of version \(version.id) was interrupted before the kernel committed it; it was discarded") }
            }
        }
        if !settled, let live = try stored({ () throws(StoreError) in try store.liveVersion(table: table) }) {
            let compiled = try stored { () throws(StoreError) in try store.compiledPolicy(ofVersion: live.id) }
            if let running, !RulesetDiff.compare(running, compiled.ruleset).isEmpty {
                notices.append("WARNING: table inet \(table) in the kernel is not live version \(live.id) of the history, "
                               + "nor any interrupted apply; run `sluice diff POLICY` and apply what should be live")
            }
        }
        return notices
    }
}
