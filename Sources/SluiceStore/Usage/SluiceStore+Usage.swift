import Foundation
import GRDB

extension SluiceStore {
    /// Writes the bytes one host spent in one window and returns what is stored afterwards; in
    /// `.max` mode the stored bytes never go down.
    @discardableResult
    public func recordUsage(table: String, quotaID: String, host: String, windowStart: Int64, windowLength: UInt64,
                            bytes: UInt64, mode: UsageWriteMode = .max,
                            at time: Date = Date()) throws(StoreError) -> UsageRecord {
        let record = UsageRecord(table: table, quotaID: quotaID, host: host, windowStart: windowStart,
                                 windowLength: windowLength, bytes: bytes, updated: time)
        let stored = try recordUsage([record], mode: mode)
        guard let first = stored.first else {
            throw StoreError(operation: "record usage", path: databasePath, reason: .notFound("the written usage row"))
        }
        return first
    }

    /// Writes many usage records in one transaction (one watcher poll), each with its own
    /// `updated` time; returns the stored records in the same order.
    @discardableResult
    public func recordUsage(_ records: [UsageRecord], mode: UsageWriteMode = .max) throws(StoreError) -> [UsageRecord] {
        try writeUsage(records, mode: mode, returning: true)
    }

    /// Writes many usage records in one transaction without reading them back: the watcher's
    /// periodic write of ten thousand hosts, where `recordUsage`'s answers would go unused.
    ///
    /// With `canonicalHosts`, the caller promises every host is already in the form the store
    /// keeps (an address as `IPAddress.description` writes it, `self` or `*`), and the hosts are
    /// not parsed again: the watcher formats them from parsed addresses, and parsing 10,000 of them
    /// back was two thirds of a flush.
    public func storeUsage(_ records: [UsageRecord], mode: UsageWriteMode = .max,
                           canonicalHosts: Bool = false) throws(StoreError) {
        _ = try writeUsage(records, mode: mode, returning: false, canonicalHosts: canonicalHosts)
    }

    private func writeUsage(_ records: [UsageRecord], mode: UsageWriteMode, returning: Bool,
                            canonicalHosts: Bool = false) throws(StoreError) -> [UsageRecord] {
        let operation = "record usage"
        var prepared: [(record: UsageRecord, length: Int64, bytes: Int64, remote: Int64)] = []
        prepared.reserveCapacity(records.count)
        // A host appears once per quota it counts against; parse each one once.
        var canonical: [String: String] = [:]
        for var record in records {
            record.updated = StoreTime.normalized(record.updated)
            // With canonicalHosts the hosts are taken as given (see storeUsage).
            if !canonicalHosts {
                if let known = canonical[record.host] {
                    record.host = known
                } else {
                    let host = try StoreHost.normalize(record.host, allowGroupTotal: true, operation: operation, path: databasePath)
                    canonical[record.host] = host
                    record.host = host
                }
            }
            let length = try storable(record.windowLength, "window length", operation: operation)
            let bytes = storableBytes(record.bytes)
            let remote = storableBytes(record.remoteBytes)
            guard length > 0, record.windowStart % length == 0 else {
                throw StoreError(operation: operation, path: databasePath, reason: .invalidArgument(
                    "window \(record.windowStart)+\(record.windowLength) is not aligned to the epoch"))
            }
            prepared.append((record, length, bytes, remote))
        }
        let sql = Self.usageUpsert(mode: mode, returning: returning)
        let storedBytes: [(Int64, Int64)] = try write(operation) { db in
            guard returning else {
                try Self.bulkUpsert(db, sql: sql, count: prepared.count) { index in
                    let (record, length, bytes, remote) = prepared[index]
                    return (record.table, record.quotaID, record.host, record.windowStart, length, bytes,
                            StoreTime.milliseconds(record.updated), remote)
                }
                return []
            }
            let statement = try db.cachedStatement(sql: sql)
            var out: [(Int64, Int64)] = []
            for (record, length, bytes, remote) in prepared {
                let arguments: StatementArguments = [record.table, record.quotaID, record.host, record.windowStart, length,
                                                     bytes, StoreTime.milliseconds(record.updated), remote]
                let row = try Row.fetchOne(statement, arguments: arguments)
                out.append((row?[0] ?? bytes, row?[1] ?? remote))
            }
            return out
        }
        guard returning else { return [] }
        return zip(prepared, storedBytes).map { item, stored in
            var record = item.record
            record.bytes = UInt64(clamping: stored.0)
            record.remoteBytes = UInt64(clamping: stored.1)
            return record
        }
    }

    /// The usage of one host in one exact window.
    public func usage(table: String, quotaID: String, host: String, windowStart: Int64,
                      windowLength: UInt64) throws(StoreError) -> UsageRecord? {
        let operation = "read usage"
        let host = try StoreHost.normalize(host, allowGroupTotal: true, operation: operation, path: databasePath)
        let length = try storable(windowLength, "window length", operation: operation)
        let row = try read(operation) { db in
            try Row.fetchOne(db, sql: """
                SELECT * FROM usage
                WHERE table_name = ? AND quota_id = ? AND host = ? AND window_start = ? AND window_length = ?
                """, arguments: [table, quotaID, host, windowStart, length])
        }
        return try row.map { (row) throws(StoreError) in try usageRecord(row, operation: operation) }
    }

    /// The usage of one host in the window of `windowLength` seconds that holds `time`.
    public func currentUsage(table: String, quotaID: String, host: String, windowLength: UInt64,
                             at time: Date = Date()) throws(StoreError) -> UsageRecord? {
        try usage(table: table, quotaID: quotaID, host: host,
                  windowStart: UsageWindow.start(containing: time, length: windowLength), windowLength: windowLength)
    }

    /// Every usage row whose window holds `time`, by quota then host: what the watcher restores at
    /// start and what `status` shows.
    public func currentUsage(table: String, at time: Date = Date()) throws(StoreError) -> [UsageRecord] {
        let operation = "read current usage"
        let now = Self.unixSeconds(time)
        let rows = try read(operation) { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM usage
                WHERE table_name = ? AND window_start <= ? AND ? < window_start + window_length
                ORDER BY quota_id, host, window_length
                """, arguments: [table, now, now])
        }
        var out: [UsageRecord] = []
        for row in rows { out.append(try usageRecord(row, operation: operation)) }
        return out
    }

    /// Past and current windows of one host for one quota, newest first.
    public func usageHistory(table: String, quotaID: String, host: String,
                             limit: Int? = nil) throws(StoreError) -> [UsageRecord] {
        let operation = "read usage history"
        let host = try StoreHost.normalize(host, allowGroupTotal: true, operation: operation, path: databasePath)
        let rows = try read(operation) { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM usage WHERE table_name = ? AND quota_id = ? AND host = ?
                ORDER BY window_start DESC, window_length LIMIT ?
                """, arguments: [table, quotaID, host, limit ?? -1])
        }
        var out: [UsageRecord] = []
        for row in rows { out.append(try usageRecord(row, operation: operation)) }
        return out
    }

    /// Deletes windows that ended more than `retention` before `time` (in one table, or all);
    /// returns how many rows went.
    @discardableResult
    public func pruneUsage(olderThan retention: Duration, at time: Date = Date(),
                           table: String? = nil) throws(StoreError) -> Int {
        let operation = "prune usage"
        guard retention >= .zero else {
            throw StoreError(operation: operation, path: databasePath,
                             reason: .invalidArgument("negative retention \(retention)"))
        }
        let cutoff = Self.unixSeconds(time) - retention.components.seconds
        return try write(operation) { db in
            try db.execute(sql: """
                DELETE FROM usage WHERE (? IS NULL OR table_name = ?) AND window_start + window_length <= ?
                """, arguments: [table, table, cutoff])
            return db.changesCount
        }
    }

    private func usageRecord(_ row: Row, operation: String) throws(StoreError) -> UsageRecord {
        let length = try unsigned(row, "window_length", operation: operation)
        let bytes = try unsigned(row, "bytes", operation: operation)
        let remote = try unsigned(row, "remote_bytes", operation: operation)
        do {
            return UsageRecord(table: try row.decode(forColumn: "table_name"), quotaID: try row.decode(forColumn: "quota_id"),
                               host: try row.decode(forColumn: "host"), windowStart: try row.decode(forColumn: "window_start"),
                               windowLength: length, bytes: bytes, updated: StoreTime.date(try row.decode(forColumn: "updated_ms")),
                               remoteBytes: remote)
        } catch {
            throw StoreError.wrapping(error, operation: operation, path: databasePath)
        }
    }
}
