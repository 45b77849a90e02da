import Foundation
import GRDB

extension SluiceStore {
    /// The versions recorded before their transaction was sent and not yet known to have reached
    /// the kernel (an apply killed between the two), oldest first.
    public func intendedVersions(table: String) throws(StoreError) -> [AppliedVersion] {
        let operation = "list the interrupted applies"
        let rows = try read(operation) { db in
            try Row.fetchAll(db, sql: Self.versionSelect + " WHERE v.table_name = ? AND v.intended = 1 ORDER BY v.id",
                             arguments: [table])
        }
        var out: [AppliedVersion] = []
        for row in rows { out.append(try appliedVersion(row, operation: operation)) }
        return out
    }

    /// The kernel committed an intended version: it becomes an ordinary version and the live one,
    /// and, when it was applied with `--confirm`, its confirmation pending (replacing any earlier
    /// one), all in one transaction. Returns that confirmation: its deadline is the version's record
    /// time plus the window, so a version settled late (the apply was killed) gets no more time.
    @discardableResult
    public func markApplied(versionID id: Int64, table: String) throws(StoreError) -> PendingConfirmation? {
        let operation = "mark version \(id) applied"
        return try write(operation) { db -> PendingConfirmation? in
            try db.execute(sql: "UPDATE version SET intended = 0 WHERE id = ? AND table_name = ?", arguments: [id, table])
            guard db.changesCount == 1 else {
                throw StoreError(operation: operation, path: databasePath, reason: .notFound("version \(id) of table \(table)"))
            }
            try Self.setLive(db, table: table, id: id)
            guard let row = try Row.fetchOne(db, sql: """
                      SELECT created_ms, confirm_window_ms, confirm_rollback_to FROM version
                      WHERE id = ? AND confirm_window_ms IS NOT NULL
                      """, arguments: [id]) else { return nil }
            let created: Int64 = try row.decode(forColumn: "created_ms"), window: Int64 = try row.decode(forColumn: "confirm_window_ms")
            let pending = PendingConfirmation(table: table, versionID: id, rollbackTo: try row.decode(forColumn: "confirm_rollback_to"),
                                              deadline: StoreTime.date(created + window), created: StoreTime.date(created))
            try db.execute(sql: """
                INSERT OR REPLACE INTO pending_confirmation
                    (table_name, version_id, rollback_to, deadline_ms, timer_pid, created_ms)
                VALUES (?, ?, ?, ?, NULL, ?)
                """, arguments: [table, id, pending.rollbackTo, created + window, created])
            return pending
        }
    }

    /// The kernel never committed an intended version (refused, or the apply died first): it is
    /// removed, with its sources; its compiled policy and chunks stay while anything else refers to them.
    public func discardIntended(versionID id: Int64, table: String) throws(StoreError) {
        try write("discard the interrupted apply \(id)") { db in
            try db.execute(sql: "DELETE FROM version WHERE id = ? AND table_name = ? AND intended = 1", arguments: [id, table])
            try Self.pruneCompiled(db)
            try Self.pruneChunks(db)
        }
    }
}
