import GRDB
import GRDBSQLite

extension SluiceStore {
    /// Runs one prepared upsert per usage row through SQLite's C API, inside a GRDB transaction.
    ///
    /// The watcher writes every active host at each flush (20,000 rows at 10,000 hosts every 10 s);
    /// through GRDB's `StatementArguments` each row cost more in boxing its seven values than in
    /// SQLite itself, over half of the store thread's time.
    ///
    /// Errors are GRDB's `DatabaseError`, so the caller's `write` maps them (busy, and the rest)
    /// as it maps GRDB's own.
    static func bulkUpsert(_ db: Database, sql: String, rows: [(UsageRecord, Int64, Int64)]) throws {
        guard let connection = db.sqliteConnection else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "the database is closed")
        }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw failure(connection, sql: sql)
        }
        defer { sqlite3_finalize(statement) }
        // SQLite copies the text at bind time (SQLITE_TRANSIENT): the Swift strings are temporaries.
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (record, length, bytes) in rows {
            sqlite3_reset(statement)
            guard sqlite3_bind_text(statement, 1, record.table, -1, transient) == SQLITE_OK,
                  sqlite3_bind_text(statement, 2, record.quotaID, -1, transient) == SQLITE_OK,
                  sqlite3_bind_text(statement, 3, record.host, -1, transient) == SQLITE_OK,
                  sqlite3_bind_int64(statement, 4, record.windowStart) == SQLITE_OK,
                  sqlite3_bind_int64(statement, 5, length) == SQLITE_OK,
                  sqlite3_bind_int64(statement, 6, bytes) == SQLITE_OK,
                  sqlite3_bind_int64(statement, 7, StoreTime.milliseconds(record.updated)) == SQLITE_OK,
                  sqlite3_step(statement) == SQLITE_DONE else {
                throw failure(connection, sql: sql)
            }
        }
    }

    private static func failure(_ connection: OpaquePointer, sql: String) -> DatabaseError {
        let message = sqlite3_errmsg(connection).map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)), message: message, sql: sql)
    }
}
