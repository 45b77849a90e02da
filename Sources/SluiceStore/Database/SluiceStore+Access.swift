import Foundation
import GRDB

extension SluiceStore {
    /// Runs `body` in one immediate write transaction; any error becomes a `StoreError`.
    ///
    /// With `deferringCheckpoint`, the commit leaves the write-ahead log as it is, however large
    /// it grew: SQLite would otherwise copy it into the database (an automatic checkpoint) before
    /// the commit returns. The caller runs `checkpoint()` later, off the path that waits.
    func write<T>(_ operation: String, deferringCheckpoint: Bool = false, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            guard deferringCheckpoint else { return try pool.write(body) }
            return try pool.writeWithoutTransaction { db in
                let pages = try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? 1000  // SQLite's default
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
                defer { try? db.execute(sql: "PRAGMA wal_autocheckpoint = \(pages)") }
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else { throw DatabaseError(resultCode: .SQLITE_INTERNAL, message: "the transaction ran nothing") }
                return result
            }
        } catch {
            throw StoreError.wrapping(error, operation: operation, path: databasePath)
        }
    }

    /// Copies the write-ahead log into the database as far as readers allow (SQLite's passive
    /// checkpoint), after a write that deferred it (`recordVersion(deferringCheckpoint:)`).
    public func checkpoint() throws(StoreError) {
        do {
            try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.passive) }
        } catch {
            throw StoreError.wrapping(error, operation: "checkpoint the database", path: databasePath)
        }
    }

    /// Runs `body` on a read-only snapshot; any error becomes a `StoreError`.
    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw StoreError.wrapping(error, operation: operation, path: databasePath)
        }
    }

    /// A byte count or window length as SQLite's signed 64-bit integer; larger values are refused.
    func storable(_ value: UInt64, _ what: String, operation: String) throws(StoreError) -> Int64 {
        guard let stored = Int64(exactly: value) else {
            throw StoreError(operation: operation, path: databasePath,
                             reason: .invalidArgument("\(what) \(value) is larger than the store keeps"))
        }
        return stored
    }

    /// A byte count as the store keeps it: at most 2^63 - 1 (no quota holds more). A larger figure
    /// (a forged fleet value, a counter gone wrong) is kept as that much rather than refused: a
    /// record refused here would wait at the head of the watcher's queue and hold back every
    /// record after it.
    func storableBytes(_ value: UInt64) -> Int64 {
        Int64(clamping: value)
    }

    /// A stored integer column that must be non-negative.
    func unsigned(_ row: Row, _ column: String, operation: String) throws(StoreError) -> UInt64 {
        let value: Int64
        do {
            value = try row.decode(Int64.self, forColumn: column)
        } catch {
            throw StoreError.wrapping(error, operation: operation, path: databasePath)
        }
        guard let result = UInt64(exactly: value) else {
            throw StoreError(operation: operation, path: databasePath,
                             reason: .decoding("column \(column) holds a negative value \(value)"))
        }
        return result
    }

    /// A stored enum column.
    func enumValue<E: RawRepresentable>(_ row: Row, _ column: String, operation: String) throws(StoreError) -> E
    where E.RawValue == String {
        let text: String
        do {
            text = try row.decode(String.self, forColumn: column)
        } catch {
            throw StoreError.wrapping(error, operation: operation, path: databasePath)
        }
        guard let value = E(rawValue: text) else {
            throw StoreError(operation: operation, path: databasePath,
                             reason: .decoding("column \(column) holds unknown value \"\(text)\""))
        }
        return value
    }

    /// A list of strings as the JSON array text the schema keeps.
    func jsonText(_ strings: [String], operation: String) throws(StoreError) -> String {
        do {
            let data = try JSONEncoder().encode(strings)
            return String(decoding: data, as: UTF8.self)
        } catch {
            throw StoreError(operation: operation, path: databasePath, reason: .encoding("\(error)"))
        }
    }

    /// A stored JSON array of strings.
    func strings(_ row: Row, _ column: String, operation: String) throws(StoreError) -> [String] {
        do {
            let text = try row.decode(String.self, forColumn: column)
            return try JSONDecoder().decode([String].self, from: Data(text.utf8))
        } catch {
            throw StoreError.wrapping(error, operation: operation, path: databasePath)
        }
    }

    /// Unix seconds of a time, rounded down, for window arithmetic.
    static func unixSeconds(_ time: Date) -> Int64 {
        Int64(time.timeIntervalSince1970.rounded(.down))
    }
}
