import Foundation
import GRDB

extension SluiceStore {
    /// Records an exceeded quota and what was done about it; `details` must be one JSON document.
    @discardableResult
    public func recordIncident(table: String, time: Date = Date(), host: String, groups: [String], quotaID: String,
                               windowStart: Int64, windowLength: UInt64, bytesUsed: UInt64, budget: UInt64,
                               actions: [String], containmentExpires: Date? = nil,
                               details: String = "{}") throws(StoreError) -> Incident {
        let operation = "record an incident"
        let host = try StoreHost.normalize(host, allowGroupTotal: true, operation: operation, path: databasePath)
        let length = try storable(windowLength, "window length", operation: operation)
        let used = storableBytes(bytesUsed)
        let limit = storableBytes(budget)
        let groupsText = try jsonText(groups, operation: operation)
        let actionsText = try jsonText(actions, operation: operation)
        return try write(operation) { db in
            guard try Bool.fetchOne(db, sql: "SELECT json_valid(?)", arguments: [details]) == true else {
                throw StoreError(operation: operation, path: databasePath,
                                 reason: .invalidArgument("incident details are not one JSON document"))
            }
            try db.execute(sql: """
                INSERT INTO incident (table_name, time_ms, host, groups, quota_id, window_start, window_length,
                                      bytes_used, budget, actions, containment_expires_ms, details)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [table, StoreTime.milliseconds(time), host, groupsText, quotaID, windowStart, length, used, limit,
                                 actionsText, containmentExpires.map(StoreTime.milliseconds), details])
            return Incident(id: db.lastInsertedRowID, table: table, time: StoreTime.normalized(time), host: host, groups: groups,
                            quotaID: quotaID, windowStart: windowStart, windowLength: windowLength,
                            bytesUsed: bytesUsed, budget: budget, actions: actions,
                            containmentExpires: containmentExpires.map(StoreTime.normalized), details: details)
        }
    }

    /// The table's incidents, newest first; only those at or after `since`, of `host`, at most `limit`.
    public func incidents(table: String, since: Date? = nil, host: String? = nil,
                          limit: Int? = nil) throws(StoreError) -> [Incident] {
        let operation = "list incidents"
        let host = try host.map { (host) throws(StoreError) in
            try StoreHost.normalize(host, allowGroupTotal: true, operation: operation, path: databasePath)
        }
        let sinceMS = since.map(StoreTime.milliseconds)
        let rows = try read(operation) { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM incident
                WHERE table_name = ? AND (? IS NULL OR time_ms >= ?) AND (? IS NULL OR host = ?)
                ORDER BY time_ms DESC, id DESC LIMIT ?
                """, arguments: [table, sinceMS, sinceMS, host, host, limit ?? -1])
        }
        var out: [Incident] = []
        for row in rows { out.append(try incident(row, operation: operation)) }
        return out
    }

    /// One incident of the table, or nil.
    public func incident(id: Int64, table: String) throws(StoreError) -> Incident? {
        let operation = "read incident \(id)"
        let row = try read(operation) { db in
            try Row.fetchOne(db, sql: "SELECT * FROM incident WHERE table_name = ? AND id = ?", arguments: [table, id])
        }
        return try row.map { (row) throws(StoreError) in try incident(row, operation: operation) }
    }

    private func incident(_ row: Row, operation: String) throws(StoreError) -> Incident {
        let length = try unsigned(row, "window_length", operation: operation)
        let used = try unsigned(row, "bytes_used", operation: operation)
        let budget = try unsigned(row, "budget", operation: operation)
        let groups = try strings(row, "groups", operation: operation)
        let actions = try strings(row, "actions", operation: operation)
        do {
            return Incident(
                id: try row.decode(forColumn: "id"), table: try row.decode(forColumn: "table_name"),
                time: StoreTime.date(try row.decode(forColumn: "time_ms")), host: try row.decode(forColumn: "host"), groups: groups,
                quotaID: try row.decode(forColumn: "quota_id"), windowStart: try row.decode(forColumn: "window_start"),
                windowLength: length, bytesUsed: used, budget: budget, actions: actions,
                containmentExpires: (try row.decode(Int64?.self, forColumn: "containment_expires_ms")).map(StoreTime.date),
                details: try row.decode(forColumn: "details"))
        } catch {
            throw StoreError.wrapping(error, operation: operation, path: databasePath)
        }
    }
}
