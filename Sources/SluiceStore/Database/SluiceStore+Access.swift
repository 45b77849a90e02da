import Foundation
import GRDB

extension SluiceStore {
    /// Runs `body` in one immediate write transaction; any error becomes a `StoreError`.
    func write<T>(_ operation: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write(body)
        } catch {
            throw StoreError.wrapping(error, operation: operation, path: databasePath)
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
