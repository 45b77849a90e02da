import Foundation
import GRDB
import SluiceLanguage

extension SluiceStore {
    /// The length of a flow rollup, in seconds.
    public static let flowHour: Int64 = 3600

    /// Adds a flush of flow and denied-attempt rollups to what is stored, in one transaction: a
    /// crash loses the flush whole or not at all. Hosts must be an address or `self`, destinations
    /// an address, hours aligned to the hour.
    public func recordFlows(_ flows: [FlowRollup], denied: [DeniedRollup] = []) throws(StoreError) {
        let operation = "record flows"
        guard !flows.isEmpty || !denied.isEmpty else { return }
        var names: [String: String] = [:]
        func canonical(_ text: String, host: Bool) throws(StoreError) -> String {
            if let known = names[text] { return known }
            let normalized = host ? try StoreHost.normalize(text, allowGroupTotal: false, operation: operation, path: databasePath)
                : try Self.destination(text, operation: operation, path: databasePath)
            names[text] = normalized
            return normalized
        }
        var rows: [(FlowRollup, String, String)] = []
        rows.reserveCapacity(flows.count)
        for flow in flows {
            try checkHour(flow.hour, operation: operation)
            _ = try storable(flow.bytes, "byte count", operation: operation)
            rows.append((flow, try canonical(flow.host, host: true), try canonical(flow.destination, host: false)))
        }
        var deniedRows: [(DeniedRollup, String, String)] = []
        for attempt in denied {
            try checkHour(attempt.hour, operation: operation)
            deniedRows.append((attempt, try canonical(attempt.host, host: true), try canonical(attempt.destination, host: false)))
        }
        try write(operation) { db in
            var ids = EndpointIDs(try PreparedStatement(db, "SELECT id FROM flow_endpoint WHERE name = ?"),
                                  try PreparedStatement(db, "INSERT INTO flow_endpoint (name) VALUES (?) RETURNING id"))
            try Self.upsertFlows(rows, ids: &ids, db: db)
            try Self.upsertDenied(deniedRows, ids: &ids, db: db)
        }
    }

    /// Adds flow rollups to their hours, and each destination's first and last hour.
    private static func upsertFlows(_ rows: [(FlowRollup, String, String)], ids: inout EndpointIDs, db: Database) throws {
        let flowUpsert = try PreparedStatement(db, """
            INSERT INTO flow_hour (table_name, hour, host_id, destination_id, protocol, port, verdict, bytes, packets, flows)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (table_name, hour, host_id, destination_id, protocol, port, verdict) DO UPDATE SET
                bytes = bytes + excluded.bytes, packets = packets + excluded.packets, flows = flows + excluded.flows
            """)
        // First and last hour per destination, folded here so each destination is one upsert.
        var sightings: [String: [Int64: (Int64, Int64)]] = [:]
        for (flow, host, destination) in rows {
            let destinationID = try ids.id(destination)
            try flowUpsert.run([.text(flow.table), .int(flow.hour), .int(try ids.id(host)), .int(destinationID),
                                .int(Int64(flow.transport)), .int(Int64(flow.port)), .text(flow.verdict.rawValue),
                                .int(Int64(clamping: flow.bytes)), .int(Int64(clamping: flow.packets)),
                                .int(Int64(clamping: flow.flows))])
            let seen = sightings[flow.table, default: [:]][destinationID]
            sightings[flow.table, default: [:]][destinationID] = (min(seen?.0 ?? flow.hour, flow.hour),
                                                                  max(seen?.1 ?? flow.hour, flow.hour))
        }
        let sightingUpsert = try PreparedStatement(db, """
            INSERT INTO flow_destination (table_name, destination_id, first_hour, last_hour) VALUES (?, ?, ?, ?)
            ON CONFLICT (table_name, destination_id) DO UPDATE SET
                first_hour = min(first_hour, excluded.first_hour), last_hour = max(last_hour, excluded.last_hour)
            """)
        for (table, destinations) in sightings {
            for (destination, (first, last)) in destinations {
                try sightingUpsert.run([.text(table), .int(destination), .int(first), .int(last)])
            }
        }
    }

    /// Adds denied-attempt rollups to their hours.
    private static func upsertDenied(_ rows: [(DeniedRollup, String, String)], ids: inout EndpointIDs, db: Database) throws {
        let deniedUpsert = try PreparedStatement(db, """
            INSERT INTO denied_hour (table_name, hour, host_id, destination_id, protocol, port, attempts)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (table_name, hour, host_id, destination_id, protocol, port) DO UPDATE SET
                attempts = attempts + excluded.attempts
            """)
        for (attempt, host, destination) in rows {
            try deniedUpsert.run([.text(attempt.table), .int(attempt.hour), .int(try ids.id(host)), .int(try ids.id(destination)),
                                  .int(Int64(attempt.transport)), .int(Int64(attempt.port)),
                                  .int(Int64(clamping: attempt.attempts))])
        }
    }

    /// Deletes flow and denied-attempt rollups of hours that ended more than `retention` before
    /// `time` (in one table, or all), destinations not reached since, and hosts and destinations
    /// nothing refers to any more; returns how many rollups went.
    @discardableResult
    public func pruneFlows(olderThan retention: Duration, at time: Date = Date(), table: String? = nil) throws(StoreError) -> Int {
        let operation = "prune flows"
        guard retention >= .zero else {
            throw StoreError(operation: operation, path: databasePath, reason: .invalidArgument("negative retention \(retention)"))
        }
        // An hour is kept while any of it lies within the retention.
        let cutoff = Self.unixSeconds(time) - retention.components.seconds - Self.flowHour
        return try write(operation) { db in
            try db.execute(sql: "DELETE FROM flow_hour WHERE (? IS NULL OR table_name = ?) AND hour <= ?",
                           arguments: [table, table, cutoff])
            var deleted = db.changesCount
            try db.execute(sql: "DELETE FROM denied_hour WHERE (? IS NULL OR table_name = ?) AND hour <= ?",
                           arguments: [table, table, cutoff])
            deleted += db.changesCount
            try db.execute(sql: "DELETE FROM flow_destination WHERE (? IS NULL OR table_name = ?) AND last_hour <= ?",
                           arguments: [table, table, cutoff])
            try db.execute(sql: """
                DELETE FROM flow_endpoint WHERE id NOT IN (SELECT host_id FROM flow_hour)
                    AND id NOT IN (SELECT destination_id FROM flow_hour)
                    AND id NOT IN (SELECT destination_id FROM flow_destination)
                    AND id NOT IN (SELECT host_id FROM denied_hour)
                    AND id NOT IN (SELECT destination_id FROM denied_hour)
                """)
            return deleted
        }
    }

    private func checkHour(_ hour: Int64, operation: String) throws(StoreError) {
        guard hour % Self.flowHour == 0 else {
            throw StoreError(operation: operation, path: databasePath,
                             reason: .invalidArgument("hour \(hour) is not aligned to the hour"))
        }
    }

    /// A destination's canonical text: an address, never `self` or `*`.
    private static func destination(_ text: String, operation: String, path: String) throws(StoreError) -> String {
        guard let address = IPAddress(text) else {
            throw StoreError(operation: operation, path: path,
                             reason: .invalidArgument("bad destination \"\(text)\": expected an IP address"))
        }
        return address.unmapped.description
    }
}
