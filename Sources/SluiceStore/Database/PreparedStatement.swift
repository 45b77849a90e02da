import GRDB
import GRDBSQLite

/// One SQLite statement prepared through the C API, for the store's bulk paths (flow rollups: tens
/// of thousands of rows per flush, a million per report), where GRDB's boxing of every value would
/// cost more than SQLite itself. Errors are GRDB's `DatabaseError`, so callers inside `write` and
/// `read` map them as they map GRDB's own.
final class PreparedStatement {
    private let connection: OpaquePointer
    private let statement: OpaquePointer
    private let sql: String
    /// SQLite copies bound text at bind time: the Swift strings are temporaries.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Prepares `sql` on the database's connection.
    init(_ db: Database, _ sql: String) throws {
        guard let connection = db.sqliteConnection else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "the database is closed")
        }
        var prepared: OpaquePointer?
        guard sqlite3_prepare_v2(connection, sql, -1, &prepared, nil) == SQLITE_OK, let prepared else {
            throw Self.failure(connection, sql: sql)
        }
        self.connection = connection
        statement = prepared
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(statement)
    }

    /// Binds the values to the parameters in order (after a reset) and steps once: for writes, and
    /// for reads of one row. Returns whether a row came back.
    @discardableResult
    func run(_ values: [Value]) throws -> Bool {
        sqlite3_reset(statement)
        for (i, value) in values.enumerated() {
            let position = Int32(i + 1)
            let rc: Int32 = switch value {
            case .int(let v): sqlite3_bind_int64(statement, position, v)
            case .text(let v): sqlite3_bind_text(statement, position, v, -1, Self.transient)
            }
            guard rc == SQLITE_OK else { throw Self.failure(connection, sql: sql) }
        }
        return try step()
    }

    /// Steps once more; true while rows come back.
    func step() throws -> Bool {
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw Self.failure(connection, sql: sql)
        }
    }

    /// The integer in column `index` of the current row.
    func int(_ index: Int32) -> Int64 { sqlite3_column_int64(statement, index) }

    /// The text in column `index` of the current row.
    func text(_ index: Int32) -> String {
        guard let bytes = sqlite3_column_text(statement, index) else { return "" }
        return String(cString: bytes)
    }

    /// A value to bind.
    enum Value {
        case int(Int64)
        case text(String)
    }

    private static func failure(_ connection: OpaquePointer, sql: String) -> DatabaseError {
        let message = sqlite3_errmsg(connection).map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)), message: message, sql: sql)
    }
}
