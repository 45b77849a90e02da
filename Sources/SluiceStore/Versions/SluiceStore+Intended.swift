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
    /// in one transaction.
    public func markApplied(versionID id: Int64, table: String) throws(StoreError) {
        let operation = "mark version \(id) applied"
        try write(operation) { db in
            try db.execute(sql: "UPDATE version SET intended = 0 WHERE id = ? AND table_name = ?", arguments: [id, table])
            guard db.changesCount == 1 else {
                throw StoreError(operation: operation, path: databasePath, reason: .notFound("version \(id) of table \(table)"))
            }
            try Self.setLive(db, table: table, id: id)
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
