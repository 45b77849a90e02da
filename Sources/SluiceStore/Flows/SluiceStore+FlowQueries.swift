import Foundation
import GRDB
import SluiceCompiler

extension SluiceStore {
    /// Calls `visit` with every flow rollup of `table` whose hour starts in `[from, to)` (Unix
    /// seconds), in hour order, from one read snapshot. Rows come by endpoint id: a report of a
    /// month over 10,000 hosts reads a million of them, and makes no string per row.
    public func scanFlows(table: String, from: Int64, to: Int64, _ visit: (FlowRow) -> Void) throws(StoreError) {
        try read("read flows") { db in
            let scan = try PreparedStatement(db, """
                SELECT hour, host_id, destination_id, protocol, port, verdict = 'would-deny', bytes, packets, flows
                FROM flow_hour WHERE table_name = ? AND hour >= ? AND hour < ? ORDER BY hour
                """)
            var more = try scan.run([.text(table), .int(from), .int(to)])
            while more {
                visit(FlowRow(hour: scan.int(0), host: scan.int(1), destination: scan.int(2),
                              transport: UInt8(clamping: scan.int(3)), port: UInt16(clamping: scan.int(4)),
                              verdict: scan.int(5) == 1 ? .wouldDeny : .allow, bytes: UInt64(clamping: scan.int(6)),
                              packets: UInt64(clamping: scan.int(7)), flows: UInt64(clamping: scan.int(8))))
                more = try scan.step()
            }
        }
    }

    /// The name of every host and destination endpoint, by id.
    public func endpointNames() throws(StoreError) -> [Int64: String] {
        try read("read flow endpoints") { db in
            let scan = try PreparedStatement(db, "SELECT id, name FROM flow_endpoint")
            var names: [Int64: String] = [:]
            var more = try scan.run([])
            while more {
                names[scan.int(0)] = scan.text(1)
                more = try scan.step()
            }
            return names
        }
    }

    /// The destinations of `table` first reached in `[from, to)` (Unix seconds), over all the flow
    /// history the store keeps, oldest first.
    public func destinationsFirstSeen(table: String, from: Int64, to: Int64) throws(StoreError) -> [DestinationSighting] {
        try read("read new destinations") { db in
            try Row.fetchAll(db, sql: """
                SELECT destination_id, first_hour, last_hour FROM flow_destination
                WHERE table_name = ? AND first_hour >= ? AND first_hour < ? ORDER BY first_hour, destination_id
                """, arguments: [table, from, to]).map { row in
                DestinationSighting(destination: row[0], firstHour: row[1], lastHour: row[2])
            }
        }
    }

    /// The denied-attempt rollups of `table` whose hour starts in `[from, to)`, in hour order, with
    /// their hosts and destinations by name.
    public func deniedRollups(table: String, from: Int64, to: Int64) throws(StoreError) -> [DeniedRollup] {
        try read("read denied attempts") { db in
            try Row.fetchAll(db, sql: """
                SELECT d.hour, h.name, t.name, d.protocol, d.port, d.attempts FROM denied_hour d
                JOIN flow_endpoint h ON h.id = d.host_id JOIN flow_endpoint t ON t.id = d.destination_id
                WHERE d.table_name = ? AND d.hour >= ? AND d.hour < ? ORDER BY d.hour, h.name, t.name
                """, arguments: [table, from, to]).map { row in
                DeniedRollup(table: table, hour: row[0], host: row[1], destination: row[2],
                             transport: UInt8(clamping: row[3] as Int64), port: UInt16(clamping: row[4] as Int64),
                             attempts: UInt64(clamping: row[5] as Int64))
            }
        }
    }

    /// Every usage row of `table` whose window overlaps `[from, to)` (Unix seconds), by quota, host
    /// and window: a report's budgets and a learned quota's evidence. Read through the C API: a
    /// month of 10,000 hosts is 300,000 rows.
    public func usage(table: String, overlapping from: Int64, to: Int64) throws(StoreError) -> [UsageRecord] {
        try read("read usage") { db in
            let scan = try PreparedStatement(db, """
                SELECT quota_id, host, window_start, window_length, bytes, updated_ms FROM usage
                WHERE table_name = ? AND window_start < ? AND window_start + window_length > ?
                ORDER BY quota_id, host, window_start
                """)
            var out: [UsageRecord] = []
            var more = try scan.run([.text(table), .int(to), .int(from)])
            while more {
                out.append(UsageRecord(table: table, quotaID: scan.text(0), host: scan.text(1), windowStart: scan.int(2),
                                       windowLength: UInt64(clamping: scan.int(3)), bytes: UInt64(clamping: scan.int(4)),
                                       updated: StoreTime.date(scan.int(5))))
                more = try scan.step()
            }
            return out
        }
    }
}
