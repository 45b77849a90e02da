import Foundation
import SluiceStore

extension Controller {
    /// Records that the live version must be confirmed before `deadline`, or the previous version
    /// (nil: no Sluice table at all) comes back.
    public func awaitConfirmation(of version: Int64, rollbackTo previous: Int64?, deadline: Date) throws(ControlError) {
        try stored { () throws(StoreError) in
            try store.setPendingConfirmation(PendingConfirmation(table: table, versionID: version,
                                                                 rollbackTo: previous, deadline: deadline))
        }
    }

    /// Notes the process id of the detached timer, so `confirm` can end it.
    public func setConfirmationTimer(version: Int64, pid: Int32) throws(ControlError) {
        _ = try stored { () throws(StoreError) in try store.setPendingTimerPID(table: table, versionID: version, pid: pid) }
    }

    /// Keeps the applied version: claims the pending confirmation (so the timer cannot) and ends
    /// the timer. Throws `nothingToConfirm` when nothing waits.
    @discardableResult
    public func confirm() throws(ControlError) -> PendingConfirmation {
        guard let pending = try stored({ () throws(StoreError) in try store.claimPendingConfirmation(table: table) }) else {
            throw .nothingToConfirm(table)
        }
        if let pid = pending.timerPID, pid > 1 { kill(pid, SIGTERM) }
        return pending
    }

    /// The timer's side: waits until the deadline (returning early when `confirm` claimed it), then
    /// claims the confirmation and restores the previous version. Returns the report of the
    /// rollback, or nil when the apply was confirmed (or replaced) in time.
    public func expireConfirmation(of version: Int64, poll: Duration = .milliseconds(500)) throws(ControlError) -> ApplyReport? {
        while true {
            guard let pending = try stored({ () throws(StoreError) in try store.pendingConfirmation(table: table) }),
                  pending.versionID == version else { return nil }
            let left = pending.deadline.timeIntervalSinceNow
            if left <= 0 { break }
            let step = min(left, Double(poll.components.seconds) + Double(poll.components.attoseconds) / 1e18)
            Thread.sleep(forTimeInterval: max(0.01, step))
        }
        guard let pending = try stored({ () throws(StoreError) in
            try store.claimPendingConfirmation(table: table, versionID: version)
        }) else { return nil }
        guard let previous = pending.rollbackTo else {
            try removeTable()
            return nil
        }
        return try rollback(to: previous, message: "not confirmed in time: restored version \(previous)",
                            kind: .autoRollback)
    }
}
