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
    /// in one transaction that also settles the table's pending confirmation. A confirmation is
    /// only ever pending for the live version: one for another version ends here (a later apply
    /// supersedes it; the rollback that enforced its deadline settles it), so that a command killed
    /// before this point leaves it pending, for the next command to enforce. When the version was
    /// applied with `--confirm`, its own confirmation is pending from here, with its deadline from
    /// the version's record time plus the window, so a version settled late (the apply was
    /// killed) gets no more time.
    @discardableResult
    public func markApplied(versionID id: Int64, table: String) throws(StoreError) -> MarkedApplied {
        let operation = "mark version \(id) applied"
        return try write(operation) { db -> MarkedApplied in
            try db.execute(sql: "UPDATE version SET intended = 0 WHERE id = ? AND table_name = ?", arguments: [id, table])
            guard db.changesCount == 1 else {
                throw StoreError(operation: operation, path: databasePath, reason: .notFound("version \(id) of table \(table)"))
            }
            try Self.setLive(db, table: table, id: id)
            var marked = MarkedApplied()
            if let row = try Row.fetchOne(db, sql: "DELETE FROM pending_confirmation WHERE table_name = ? AND version_id != ? RETURNING *",
                                          arguments: [table, id]) {
                marked.superseded = try pendingConfirmation(row, operation: operation)
            }
            guard let row = try Row.fetchOne(db, sql: """
                      SELECT created_ms, confirm_window_ms, confirm_rollback_to FROM version
                      WHERE id = ? AND confirm_window_ms IS NOT NULL
                      """, arguments: [id]) else { return marked }
            let created: Int64 = try row.decode(forColumn: "created_ms"), window: Int64 = try row.decode(forColumn: "confirm_window_ms")
            let pending = PendingConfirmation(table: table, versionID: id, rollbackTo: try row.decode(forColumn: "confirm_rollback_to"),
                                              deadline: StoreTime.date(created + window), created: StoreTime.date(created))
            try db.execute(sql: """
                INSERT OR REPLACE INTO pending_confirmation
                    (table_name, version_id, rollback_to, deadline_ms, timer_pid, created_ms)
                VALUES (?, ?, ?, ?, NULL, ?)
                """, arguments: [table, id, pending.rollbackTo, created + window, created])
            marked.pending = pending
            return marked
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
