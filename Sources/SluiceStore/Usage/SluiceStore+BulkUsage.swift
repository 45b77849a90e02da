import Foundation
import GRDB
import GRDBSQLite

extension SluiceStore {
    /// One usage row's columns, as bound to the upsert.
    typealias UsageColumns = (table: String, quotaID: String, host: String, windowStart: Int64, length: Int64,
                              bytes: Int64, updatedMilliseconds: Int64, remoteBytes: Int64)

    /// Writes one quota's usage in one window, keeping the larger of the stored and given bytes:
    /// the watcher's flush, ten thousand hosts per quota every 10 s.
    ///
    /// What the rows share is given once, and each row's host (in the store's canonical form, as
    /// `storeUsage`'s `canonicalHosts` promises), bytes and the part of them added from the other
    /// gateways of a fleet (`UsageRecord.remoteBytes`) are asked of `row` as the row is bound,
    /// so no array of records is built: at 10,000 hosts those copies were the flush's peak memory
    /// (bench/WATCH.md). Each slice of `slice` rows is its own transaction; figures only grow in
    /// the store, so a write cut short by a crash leaves nothing inconsistent.
    public func storeUsage(table: String, quotaID: String, windowStart: Int64, windowLength: UInt64, updated: Date,
                           rows count: Int, slice: Int = 4_000,
                           row: (Int) -> (host: String, bytes: UInt64, remote: UInt64)) throws(StoreError) {
        let operation = "record usage"
        let length = try storable(windowLength, "window length", operation: operation)
        guard length > 0, windowStart % length == 0 else {
            throw StoreError(operation: operation, path: databasePath, reason: .invalidArgument(
                "window \(windowStart)+\(windowLength) is not aligned to the epoch"))
        }
        let updatedMilliseconds = StoreTime.milliseconds(updated)
        let sql = Self.usageUpsert(mode: .max, returning: false)
        let step = max(1, slice)
        for start in stride(from: 0, to: count, by: step) {
            let end = min(count, start + step)
            try write(operation) { db in
                try Self.bulkUpsert(db, sql: sql, count: end - start) { index in
                    let (host, bytes, remote) = row(start + index)
                    return (table, quotaID, host, windowStart, length,
                            storableBytes(bytes), updatedMilliseconds,
                            storableBytes(remote))
                }
            }
        }
    }

    /// The usage upsert: `.max` keeps the larger bytes (and the larger remote part: a fleet
    /// watcher never takes back what it added from the others within a window), `.set` the given ones.
    static func usageUpsert(mode: UsageWriteMode, returning: Bool) -> String {
        let combine = mode == .max ? "max(bytes, excluded.bytes)" : "excluded.bytes"
        let remote = mode == .max ? "max(remote_bytes, excluded.remote_bytes)" : "excluded.remote_bytes"
        return """
            INSERT INTO usage (table_name, quota_id, host, window_start, window_length, bytes, updated_ms, remote_bytes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (table_name, quota_id, host, window_start, window_length)
            DO UPDATE SET bytes = \(combine), updated_ms = excluded.updated_ms, remote_bytes = \(remote)
            """ + (returning ? " RETURNING bytes, remote_bytes" : "")
    }

    /// Runs one prepared upsert per usage row through SQLite's C API, inside a GRDB transaction;
    /// `row` gives the columns of the row at an index in `0..<count`.
    ///
    /// The watcher writes every active host at each flush (20,000 rows at 10,000 hosts every 10 s);
    /// through GRDB's `StatementArguments` each row cost more in boxing its seven values than in
    /// SQLite itself, over half of the store thread's time.
    ///
    /// Errors are GRDB's `DatabaseError` (or what `row` throws), so the caller's `write` maps them
    /// (busy, and the rest) as it maps GRDB's own.
    static func bulkUpsert(_ db: Database, sql: String, count: Int, row: (Int) throws -> UsageColumns) throws {
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
        for index in 0..<count {
            let columns = try row(index)
            sqlite3_reset(statement)
            guard sqlite3_bind_text(statement, 1, columns.table, -1, transient) == SQLITE_OK,
                  sqlite3_bind_text(statement, 2, columns.quotaID, -1, transient) == SQLITE_OK,
                  sqlite3_bind_text(statement, 3, columns.host, -1, transient) == SQLITE_OK,
                  sqlite3_bind_int64(statement, 4, columns.windowStart) == SQLITE_OK,
                  sqlite3_bind_int64(statement, 5, columns.length) == SQLITE_OK,
                  sqlite3_bind_int64(statement, 6, columns.bytes) == SQLITE_OK,
                  sqlite3_bind_int64(statement, 7, columns.updatedMilliseconds) == SQLITE_OK,
                  sqlite3_bind_int64(statement, 8, columns.remoteBytes) == SQLITE_OK,
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
