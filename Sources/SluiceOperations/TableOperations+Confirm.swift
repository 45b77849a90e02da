import Foundation
import SluiceCompiler
import SluiceLanguage
import SluiceStore
import SluiceSystem

extension TableOperations {
    /// Applies a policy that must be confirmed within `window`, or the previous version comes back
    /// (no Sluice table at all when there was none). `startTimer` starts the detached process that
    /// will restore it at the deadline and returns its pid; if it cannot be started, nothing would
    /// roll back, so the apply is undone at once and the error says so.
    ///
    /// An apply made while another waits for confirmation replaces it: if this one is not
    /// confirmed either, the last confirmed version (not the unconfirmed one) comes back.
    public func apply(_ compiled: CompiledPolicy, sources: [SourceFile], message: String, confirmWithin window: Duration,
                      parts: BackgroundResult<CompiledPolicyParts?>? = nil,
                      startTimer: (Int64) throws -> Int32) throws(OperationError) -> ApplyReport {
        let previous = try stored { () throws(StoreError) in try store.liveVersion(table: table) }
        let pending = try stored { () throws(StoreError) in try store.pendingConfirmation(table: table) }
        let fallback: Int64? = pending.map { $0.rollbackTo } ?? previous?.id
        // Recorded with the version before the transaction is sent, and pending from the moment
        // the version is live: an apply interrupted after the kernel's commit (Ctrl-C, a dropped
        // SSH session) still rolls back at the deadline, by the next command or the watcher.
        let confirming = IntendedConfirmation(windowMilliseconds: Int64((window.secondsValue * 1000).rounded(.up)),
                                              rollbackTo: fallback)
        var report = try apply(compiled, sources: sources, message: message, confirming: confirming, parts: parts)
        guard let version = report.version else { return report }
        guard let waiting = try stored({ () throws(StoreError) in try store.pendingConfirmation(table: table) }),
              waiting.versionID == version.id else {
            return report  // confirmed (or superseded) already, between the commit and here
        }
        let deadline = waiting.deadline
        do {
            let pid = try startTimer(version.id)
            _ = try stored { () throws(StoreError) in try store.setPendingTimerPID(table: table, versionID: version.id, pid: pid) }
        } catch {
            _ = try? stored { () throws(StoreError) in try store.claimPendingConfirmation(table: table, versionID: version.id) }
            if let fallback {
                _ = try rollback(to: fallback, message: "the confirmation timer could not start", kind: .autoRollback)
            } else {
                try removeTable()
            }
            throw .timerNotStarted("\(error)")
        }
        report.confirmation = ConfirmationWindow(deadline: deadline, restores: fallback)
        return report
    }

    /// Keeps the applied version: claims the pending confirmation (so the timer cannot) and ends
    /// the timer. Throws `nothingToConfirm` when nothing waits, and `confirmationExpired` (after
    /// restoring the previous version) when the deadline has passed: a late confirm keeps nothing.
    @discardableResult
    public func confirm(now: Date = Date()) throws(OperationError) -> PendingConfirmation {
        if let expired = try enforceConfirmationDeadline(now: now) {
            throw .confirmationExpired(version: expired.pending.versionID, restored: expired.pending.rollbackTo)
        }
        guard let pending = try stored({ () throws(StoreError) in try store.claimPendingConfirmation(table: table) }) else {
            // The deadline was enforced already (by the timer, mostly): say what happened to the
            // version the operator came to confirm, not just that nothing waits.
            let recent = (try? store.versions(table: table, limit: 2)) ?? []
            if let rollback = recent.first, rollback.isLive, rollback.kind == .autoRollback, recent.count == 2 {
                throw .confirmationExpired(version: recent[1].id, restored: rollback.rolledBackTo)
            }
            throw .nothingToConfirm(table)
        }
        Self.endTimer(pending)
        return pending
    }

    /// The timer's side: waits until the deadline (returning early when `confirm` claimed it, or a
    /// later apply superseded it), then restores the previous version (or removes the table).
    /// Returns what expired, or nil when nothing did.
    /// Returns nil as soon as `stillHere` says the state directory is no longer the timer's (its
    /// fallback takes over then, `enforce(_:)`), so that nothing is read from or made in a
    /// directory of the same path.
    public func expireConfirmation(of version: Int64, poll: Duration = .milliseconds(500),
                                   retryFor: Duration = .seconds(60),
                                   stillHere: () -> Bool = { true }) throws(OperationError) -> ExpiredConfirmation? {
        while true {
            guard stillHere() else { return nil }
            guard let pending = try stored({ () throws(StoreError) in try store.pendingConfirmation(table: table) }),
                  pending.versionID == version else { return nil }
            let left = pending.deadline.timeIntervalSinceNow
            if left <= 0 { break }
            Thread.sleep(forTimeInterval: max(0.01, min(left, poll.secondsValue)))
        }
        guard stillHere() else { return nil }
        return try enforceConfirmationDeadline(retryFor: retryFor)
    }

    /// Restores the previous version when an apply's confirmation deadline has passed unconfirmed.
    /// Whoever notices first does it: the timer, the watcher, or any later `sluice` command (the
    /// timer may have been killed, or the machine rebooted). The confirmation stays pending until
    /// the restored version is live (`markApplied` ends it in the same store transaction), so one
    /// of them killed on the way leaves it for the next; the state lock and the rollback's
    /// condition that the unconfirmed version is still live let exactly one of them restore it. A
    /// lost generation race or a busy lock is retried until `retryFor` runs out, so another
    /// program's commit at the wrong moment cannot leave an unconfirmed policy in place.
    @discardableResult
    public func enforceConfirmationDeadline(now: Date = Date(),
                                            retryFor: Duration = .seconds(60)) throws(OperationError) -> ExpiredConfirmation? {
        guard let pending = try stored({ () throws(StoreError) in try store.pendingConfirmation(table: table) }),
              pending.deadline <= now else { return nil }
        do {
            return try Self.retryingTransient(for: retryFor) { () throws(OperationError) in
                guard let previous = pending.rollbackTo else {
                    try removeTable(requireLive: pending.versionID)
                    _ = try? store.claimPendingConfirmation(table: table, versionID: pending.versionID)
                    return ExpiredConfirmation(pending: pending, report: nil)
                }
                let report = try rollback(to: previous, message: "not confirmed in time: restored version \(previous)",
                                          kind: .autoRollback, requireLive: pending.versionID)
                return ExpiredConfirmation(pending: pending, report: report)
            }
        } catch .superseded {
            // Another enforcer restored it first, or the version went (its table removed): the
            // confirmation is no one's to enforce any more.
            _ = try? store.claimPendingConfirmation(table: table, versionID: pending.versionID)
            return nil
        }
    }

    /// Ends a confirmation's timer process, if it still runs (it would find nothing to do) and is
    /// not this process (the timer enforcing its own deadline).
    static func endTimer(_ pending: PendingConfirmation) {
        if let pid = pending.timerPID, pid > 1, pid != getpid() { kill(pid, SIGTERM) }
    }
}
