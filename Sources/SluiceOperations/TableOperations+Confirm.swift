import Foundation
import SluiceStore

extension TableOperations {
    /// Records that the live version must be confirmed before `deadline`, or the previous version
    /// (nil: no Sluice table at all) comes back.
    public func awaitConfirmation(of version: Int64, rollbackTo previous: Int64?, deadline: Date) throws(OperationError) {
        try stored { () throws(StoreError) in
            try store.setPendingConfirmation(PendingConfirmation(table: table, versionID: version,
                                                                 rollbackTo: previous, deadline: deadline))
        }
    }

    /// Notes the process id of the detached timer, so `confirm` can end it.
    public func setConfirmationTimer(version: Int64, pid: Int32) throws(OperationError) {
        _ = try stored { () throws(StoreError) in try store.setPendingTimerPID(table: table, versionID: version, pid: pid) }
    }

    /// Keeps the applied version: claims the pending confirmation (so the timer cannot) and ends
    /// the timer. Throws `nothingToConfirm` when nothing waits.
    @discardableResult
    public func confirm() throws(OperationError) -> PendingConfirmation {
        guard let pending = try stored({ () throws(StoreError) in try store.claimPendingConfirmation(table: table) }) else {
            throw .nothingToConfirm(table)
        }
        if let pid = pending.timerPID, pid > 1 { kill(pid, SIGTERM) }
        return pending
    }

    /// Claims a confirmation pending for a version other than the live one and ends its timer;
    /// called after a new version went live. Returns what was claimed.
    func supersedePendingConfirmation() -> PendingConfirmation? {
        guard let live = try? store.liveVersion(table: table),
              let pending = try? store.pendingConfirmation(table: table), pending.versionID != live.id,
              let claimed = try? store.claimPendingConfirmation(table: table, versionID: pending.versionID) else {
            return nil
        }
        if let pid = claimed.timerPID, pid > 1 { kill(pid, SIGTERM) }
        return claimed
    }

    /// The timer's side: waits until the deadline (returning early when `confirm` claimed it, or a
    /// later apply superseded it), then claims the confirmation and restores the previous version.
    /// A lost generation race or a busy lock is retried until `retryFor` runs out, so another
    /// program's commit at the wrong moment cannot leave an unconfirmed policy in place. Returns the
    /// report of the rollback, or nil when nothing was rolled back.
    public func expireConfirmation(of version: Int64, poll: Duration = .milliseconds(500),
                                   retryFor: Duration = .seconds(60)) throws(OperationError) -> ApplyReport? {
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
        let giveUp = Date().addingTimeInterval(Double(retryFor.components.seconds))
        while true {
            do {
                guard let previous = pending.rollbackTo else {
                    try removeTable(requireLive: version)
                    return nil
                }
                return try rollback(to: previous, message: "not confirmed in time: restored version \(previous)",
                                    kind: .autoRollback, requireLive: version)
            } catch .superseded {
                return nil
            } catch let error where Self.isTransient(error) && Date() < giveUp {
                Thread.sleep(forTimeInterval: 0.2)
            }
        }
    }

    /// Errors worth retrying: someone else committed between read and write, or held the lock.
    static func isTransient(_ error: OperationError) -> Bool {
        switch error {
        case .lostRace: return true
        case .store(let e):
            if case .lockHeld = e.reason { return true }
            return false
        default: return false
        }
    }
}
