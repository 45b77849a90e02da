import Foundation
import GRDB

extension SluiceStore {
    /// Writes hourly usage in one transaction: `.add` adds to the stored bytes of the host and
    /// hour (the watcher's deltas), `.max` keeps the larger (imports). Hosts must be addresses;
    /// hours are rounded down to the hour. Nothing is written when any record is refused.
    public func recordUsageHours(table: String, _ hours: [UsageHour], mode: UsageHourMode) throws(StoreError) {
        let operation = mode == .add ? "record hourly usage" : "import hourly usage"
        guard !hours.isEmpty else { return }
        var rows: [(String, Int64, Int64)] = []
        rows.reserveCapacity(hours.count)
        var canonical: [String: String] = [:]
        for record in hours {
            let host: String
            if let known = canonical[record.host] {
                host = known
            } else {
                host = try StoreHost.normalize(record.host, allowGroupTotal: false, operation: operation, path: databasePath)
                canonical[record.host] = host
            }
            let hour = UsageWindow.start(containing: record.hour, length: 3_600)
            rows.append((host, hour, try storable(record.bytes, "byte count", operation: operation)))
        }
        let merge = mode == .add ? "bytes = min(bytes + excluded.bytes, 9223372036854775807)"
            : "bytes = max(bytes, excluded.bytes)"
        try write(operation) { db in
            let upsert = try PreparedStatement(db, """
                INSERT INTO baseline_hour (table_name, host, hour, bytes) VALUES (?, ?, ?, ?)
                ON CONFLICT (table_name, host, hour) DO UPDATE SET \(merge)
                """)
            for (host, hour, bytes) in rows { try upsert.run([.text(table), .text(host), .int(hour), .int(bytes)]) }
        }
    }

    /// The table's hourly usage from the hour that holds `since` on, by host and hour: a learning
    /// period that starts mid-hour still has that hour's record, one of its weekly samples.
    public func usageHours(table: String, since: Int64) throws(StoreError) -> [UsageHour] {
        let operation = "read hourly usage"
        let hourStart = UsageWindow.start(containing: since, length: 3_600)
        let rows = try read(operation) { db in
            try Row.fetchAll(db, sql: "SELECT host, hour, bytes FROM baseline_hour WHERE table_name = ? AND hour >= ? ORDER BY host, hour",
                             arguments: [table, hourStart])
        }
        var hours: [UsageHour] = []
        hours.reserveCapacity(rows.count)
        for row in rows {
            hours.append(UsageHour(host: row["host"], hour: row["hour"], bytes: try unsigned(row, "bytes", operation: operation)))
        }
        return hours
    }

    /// When the table has no hourly usage at all (a lost or new database), rebuilds it from the
    /// recorded flows: each host's allowed bytes per hour. Returns the records written.
    @discardableResult
    public func rebuildUsageHoursIfEmpty(table: String) throws(StoreError) -> Int {
        try write("rebuild hourly usage from flows") { db in
            let present = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM baseline_hour WHERE table_name = ?)",
                                            arguments: [table]) ?? false
            guard !present else { return 0 }
            try db.execute(sql: """
                INSERT INTO baseline_hour (table_name, host, hour, bytes)
                SELECT f.table_name, e.name, f.hour, sum(f.bytes)
                FROM flow_hour f JOIN flow_endpoint e ON e.id = f.host_id
                WHERE f.table_name = ? AND f.verdict = 'allow' AND e.name <> 'self'
                GROUP BY f.table_name, e.name, f.hour
                """, arguments: [table])
            return db.changesCount
        }
    }

    /// Replaces the learned limits of one quota with those of its new window.
    public func recordBaselineLimits(table: String, quotaID: String, _ limits: [BaselineLimitRecord]) throws(StoreError) {
        let operation = "record learned limits"
        var rows: [(BaselineLimitRecord, Int64, Int64, Int64, Int64)] = []
        for record in limits {
            rows.append((record, try storable(record.windowLength, "window length", operation: operation),
                         try storable(record.usual, "byte count", operation: operation),
                         try storable(record.limit, "byte count", operation: operation),
                         max(0, record.historySeconds)))
        }
        try write(operation) { db in
            try db.execute(sql: "DELETE FROM baseline_limit WHERE table_name = ? AND quota_id = ?", arguments: [table, quotaID])
            let insert = try PreparedStatement(db, """
                INSERT INTO baseline_limit (table_name, quota_id, host, window_start, window_length, usual, limit_bytes,
                                            warming_up, history_seconds)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (r, length, usual, limit, history) in rows {
                try insert.run([.text(table), .text(quotaID), .text(r.host), .int(r.windowStart), .int(length), .int(usual),
                                .int(limit), .int(r.warmingUp ? 1 : 0), .int(history)])
            }
        }
    }

    /// The table's learned limits, by quota and host.
    public func baselineLimits(table: String) throws(StoreError) -> [BaselineLimitRecord] {
        let operation = "read learned limits"
        let rows = try read(operation) { db in
            try Row.fetchAll(db, sql: """
                SELECT quota_id, host, window_start, window_length, usual, limit_bytes, warming_up, history_seconds
                FROM baseline_limit WHERE table_name = ? ORDER BY quota_id, host
                """, arguments: [table])
        }
        var records: [BaselineLimitRecord] = []
        for row in rows {
            records.append(BaselineLimitRecord(
                quotaID: row["quota_id"], host: row["host"], windowStart: row["window_start"],
                windowLength: try unsigned(row, "window_length", operation: operation),
                usual: try unsigned(row, "usual", operation: operation),
                limit: try unsigned(row, "limit_bytes", operation: operation),
                warmingUp: (row["warming_up"] as Int64) != 0, historySeconds: row["history_seconds"]))
        }
        return records
    }
}
