import SluiceCompiler
import Foundation
import GRDB

extension SluiceStore {
    /// Contains a host, replacing (and closing in the history) its standing containment of the same
    /// kind. A block and an isolation stand side by side, each with its own end.
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
                UPDATE containment SET released_ms = ? WHERE table_name = ? AND host = ? AND kind = ? AND released_ms IS NULL
                """, arguments: [StoreTime.milliseconds(since), table, host, kind.rawValue])
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

    /// Ends the host's standing containments (of `kind` only, when given), keeping them as history;
    /// returns them, the strongest first, or none if the host had none.
    @discardableResult
    public func releaseContainment(table: String, host: String, kind: ContainmentKind? = nil,
                                   at time: Date = Date()) throws(StoreError) -> [ContainmentRecord] {
        let operation = "release a containment"
        let host = try StoreHost.normalize(host, allowGroupTotal: false, operation: operation, path: databasePath)
        let rows = try write(operation) { db in
            try Row.fetchAll(db, sql: """
                UPDATE containment SET released_ms = ? WHERE table_name = ? AND host = ? AND released_ms IS NULL
                AND (? IS NULL OR kind = ?)
                RETURNING *
                """, arguments: [StoreTime.milliseconds(time), table, host, kind?.rawValue, kind?.rawValue])
        }
        return Self.strongestFirst(try containmentRecords(rows, operation: operation))
    }

    /// Containments that hold at `time` (not released, not expired), by host.
    public func activeContainments(table: String, at time: Date = Date()) throws(StoreError) -> [ContainmentRecord] {
        let operation = "list containments"
        let rows = try read(operation) { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM containment
                WHERE table_name = ? AND released_ms IS NULL AND (expires_ms IS NULL OR expires_ms > ?)
                ORDER BY host, kind DESC
                """, arguments: [table, StoreTime.milliseconds(time)])
        }
        return try containmentRecords(rows, operation: operation)
    }

    /// The host's standing containment of `kind`, or its strongest when no kind is given (not
    /// released; it may have expired, see `isActive(at:)`).
    public func containment(table: String, host: String, kind: ContainmentKind? = nil) throws(StoreError) -> ContainmentRecord? {
        let operation = "read a containment"
        let host = try StoreHost.normalize(host, allowGroupTotal: false, operation: operation, path: databasePath)
        let rows = try read(operation) { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM containment WHERE table_name = ? AND host = ? AND released_ms IS NULL AND (? IS NULL OR kind = ?)
                """, arguments: [table, host, kind?.rawValue, kind?.rawValue])
        }
        return Self.strongestFirst(try containmentRecords(rows, operation: operation)).first
    }

    /// Isolation before block: the order in which a host's containments are reported.
    private static func strongestFirst(_ records: [ContainmentRecord]) -> [ContainmentRecord] {
        records.sorted { ($0.kind == .isolate ? 0 : 1, $0.id) < ($1.kind == .isolate ? 0 : 1, $1.id) }
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
