import Foundation
import GRDB

extension SluiceStore {
    /// The table's pending confirmation, if an `apply --confirm` is waiting.
    public func pendingConfirmation(table: String) throws(StoreError) -> PendingConfirmation? {
        let operation = "read the pending confirmation"
        let row = try read(operation) { db in
            try Row.fetchOne(db, sql: "SELECT * FROM pending_confirmation WHERE table_name = ?", arguments: [table])
        }
        return try row.map { (row) throws(StoreError) in try pendingConfirmation(row, operation: operation) }
    }

    /// Records the pid of the timer process once it is started; false when the confirmation for
    /// that version is no longer pending.
    @discardableResult
    public func setPendingTimerPID(table: String, versionID: Int64, pid: Int32) throws(StoreError) -> Bool {
        try write("record the confirm timer's pid") { db in
            try db.execute(sql: "UPDATE pending_confirmation SET timer_pid = ? WHERE table_name = ? AND version_id = ?",
                           arguments: [pid, table, versionID])
            return db.changesCount == 1
        }
    }

    /// Takes the pending confirmation away atomically and returns it; of `sluice confirm` and the
    /// timer racing for it, exactly one gets it and the other gets nil. With `versionID`, only a
    /// confirmation for that version is taken (a stale timer cannot claim a newer apply's).
    public func claimPendingConfirmation(table: String, versionID: Int64? = nil) throws(StoreError) -> PendingConfirmation? {
        let operation = "claim the pending confirmation"
        let row = try write(operation) { db in
            try Row.fetchOne(db, sql: """
                DELETE FROM pending_confirmation WHERE table_name = ? AND (? IS NULL OR version_id = ?)
                RETURNING *
                """, arguments: [table, versionID, versionID])
        }
        return try row.map { (row) throws(StoreError) in try pendingConfirmation(row, operation: operation) }
    }

    func pendingConfirmation(_ row: Row, operation: String) throws(StoreError) -> PendingConfirmation {
        do {
            return PendingConfirmation(
                table: try row.decode(forColumn: "table_name"), versionID: try row.decode(forColumn: "version_id"),
                rollbackTo: try row.decode(forColumn: "rollback_to"), deadline: StoreTime.date(try row.decode(forColumn: "deadline_ms")),
                timerPID: try row.decode(forColumn: "timer_pid"), created: StoreTime.date(try row.decode(forColumn: "created_ms")))
        } catch {
            throw StoreError.wrapping(error, operation: operation, path: databasePath)
        }
    }
}
