import SluiceCompiler
import Foundation
import GRDB

extension SluiceStore {
    /// Contains a host, replacing (and closing in the history) any containment it already has.
    @discardableResult
    public func putContainment(table: String, host: String, kind: ContainmentKind, since: Date = Date(),
                               expires: Date? = nil, reason: String, source: ContainmentSource,
                               incidentID: Int64? = nil) throws(StoreError) -> ContainmentRecord {
        let operation = "record a containment"
        let host = try StoreHost.normalize(host, allowGroupTotal: false, operation: operation, path: databasePath)
        if let expires, StoreTime.milliseconds(expires) <= StoreTime.milliseconds(since) {
            throw StoreError(operation: operation, path: databasePath,
                             reason: .invalidArgument("containment of \(host) would expire before it starts"))
        }
        return try write(operation) { db in
            try db.execute(sql: """
                UPDATE containment SET released_ms = ? WHERE table_name = ? AND host = ? AND released_ms IS NULL
                """, arguments: [StoreTime.milliseconds(since), table, host])
            try db.execute(sql: """
                INSERT INTO containment (table_name, host, kind, since_ms, expires_ms, reason, source, incident_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [table, host, kind.rawValue, StoreTime.milliseconds(since),
                                 expires.map(StoreTime.milliseconds), reason, source.rawValue, incidentID])
            return ContainmentRecord(id: db.lastInsertedRowID, table: table, host: host, kind: kind,
                                     since: StoreTime.normalized(since), expires: expires.map(StoreTime.normalized), reason: reason, source: source, incidentID: incidentID,
                                     released: nil)
        }
    }

    /// Ends the host's standing containment, keeping it as history; returns it, or nil if the
    /// host had none.
    @discardableResult
    public func releaseContainment(table: String, host: String,
                                   at time: Date = Date()) throws(StoreError) -> ContainmentRecord? {
        let operation = "release a containment"
        let host = try StoreHost.normalize(host, allowGroupTotal: false, operation: operation, path: databasePath)
        let row = try write(operation) { db in
            try Row.fetchOne(db, sql: """
                UPDATE containment SET released_ms = ? WHERE table_name = ? AND host = ? AND released_ms IS NULL
                RETURNING *
                """, arguments: [StoreTime.milliseconds(time), table, host])
        }
        return try row.map { (row) throws(StoreError) in try containmentRecord(row, operation: operation) }
    }

    /// Containments that hold at `time` (not released, not expired), by host.
    public func activeContainments(table: String, at time: Date = Date()) throws(StoreError) -> [ContainmentRecord] {
        let operation = "list containments"
        let rows = try read(operation) { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM containment
                WHERE table_name = ? AND released_ms IS NULL AND (expires_ms IS NULL OR expires_ms > ?)
                ORDER BY host
                """, arguments: [table, StoreTime.milliseconds(time)])
        }
        return try containmentRecords(rows, operation: operation)
    }

    /// The host's standing containment (not released; it may have expired, see `isActive(at:)`).
    public func containment(table: String, host: String) throws(StoreError) -> ContainmentRecord? {
        let operation = "read a containment"
        let host = try StoreHost.normalize(host, allowGroupTotal: false, operation: operation, path: databasePath)
        let row = try read(operation) { db in
            try Row.fetchOne(db, sql: "SELECT * FROM containment WHERE table_name = ? AND host = ? AND released_ms IS NULL",
                             arguments: [table, host])
        }
        return try row.map { (row) throws(StoreError) in try containmentRecord(row, operation: operation) }
    }

    /// Every containment of a host, released ones included, newest first.
    public func containmentHistory(table: String, host: String, limit: Int? = nil) throws(StoreError) -> [ContainmentRecord] {
        let operation = "read containment history"
        let host = try StoreHost.normalize(host, allowGroupTotal: false, operation: operation, path: databasePath)
        let rows = try read(operation) { db in
            try Row.fetchAll(db, sql: "SELECT * FROM containment WHERE table_name = ? AND host = ? ORDER BY id DESC LIMIT ?",
                             arguments: [table, host, limit ?? -1])
        }
        return try containmentRecords(rows, operation: operation)
    }

    private func containmentRecords(_ rows: [Row], operation: String) throws(StoreError) -> [ContainmentRecord] {
        var out: [ContainmentRecord] = []
        for row in rows { out.append(try containmentRecord(row, operation: operation)) }
        return out
    }

    private func containmentRecord(_ row: Row, operation: String) throws(StoreError) -> ContainmentRecord {
        let kind: ContainmentKind = try enumValue(row, "kind", operation: operation)
        let source: ContainmentSource = try enumValue(row, "source", operation: operation)
        do {
            return ContainmentRecord(
                id: try row.decode(forColumn: "id"), table: try row.decode(forColumn: "table_name"),
                host: try row.decode(forColumn: "host"), kind: kind, since: StoreTime.date(try row.decode(forColumn: "since_ms")),
                expires: (try row.decode(Int64?.self, forColumn: "expires_ms")).map(StoreTime.date), reason: try row.decode(forColumn: "reason"),
                source: source, incidentID: try row.decode(forColumn: "incident_id"),
                released: (try row.decode(Int64?.self, forColumn: "released_ms")).map(StoreTime.date))
        } catch {
            throw StoreError.wrapping(error, operation: operation, path: databasePath)
        }
    }
}
