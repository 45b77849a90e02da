import Foundation
import GRDB
import Testing
@testable import SluiceStore

/// The part of a usage figure a fleet watcher added from the other gateways (`remoteBytes`) is
/// stored with the figure, in the same upsert, and only grows within a window, as the bytes do.
@Suite struct UsageRemoteTests {
    static let day: UInt64 = 86_400

    private func record(_ host: String, bytes: UInt64, remote: UInt64, start: Int64) -> UsageRecord {
        UsageRecord(table: "sluice", quotaID: "hq_compute_1d", host: host, windowStart: start, windowLength: Self.day,
                    bytes: bytes, updated: Fixture.time(3_600), remoteBytes: remote)
    }

    @Test func theRemotePartIsKeptWithTheBytesAndOnlyGrows() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let start = UsageWindow.start(containing: Fixture.time(3_600), length: Self.day)
        func remote(_ host: String) throws -> UInt64? {
            try store.usage(table: "sluice", quotaID: "hq_compute_1d", host: host, windowStart: start,
                            windowLength: Self.day)?.remoteBytes
        }
        let written = try store.recordUsage([record("10.20.1.1", bytes: 400, remote: 300, start: start)])
        #expect(written.map(\.remoteBytes) == [300])
        // A lower part (a watcher that has not yet learned what it added) leaves the stored one.
        let again = try store.recordUsage([record("10.20.1.1", bytes: 450, remote: 0, start: start)])
        #expect(again.map(\.bytes) == [450] && again.map(\.remoteBytes) == [300])
        // The watcher's flush, through the bulk write.
        try store.storeUsage(table: "sluice", quotaID: "hq_compute_1d", windowStart: start, windowLength: Self.day,
                             updated: Fixture.time(3_600), rows: 2, slice: 1) { i in
            i == 0 ? ("10.20.1.1", 500, 350) : ("10.20.1.2", 70, 0)
        }
        #expect(try remote("10.20.1.1") == 350 && remote("10.20.1.2") == 0)
        #expect(try store.currentUsage(table: "sluice", at: Fixture.time(3_600)).map(\.remoteBytes) == [350, 0])
        // A deliberate reset sets it with the bytes.
        try store.storeUsage([record("10.20.1.1", bytes: 10, remote: 0, start: start)], mode: .set)
        #expect(try remote("10.20.1.1") == 0)
        // Each window has its own: the next one starts with none.
        try store.storeUsage([record("10.20.1.1", bytes: 5, remote: 0, start: start + Int64(Self.day))])
        #expect(try store.usage(table: "sluice", quotaID: "hq_compute_1d", host: "10.20.1.1", windowStart: start + Int64(Self.day),
                                windowLength: Self.day)?.remoteBytes == 0)
        // Past what the store keeps: kept as 2^63 - 1 rather than refused.
        try store.storeUsage([record("10.20.1.3", bytes: 5, remote: UInt64(Int64.max) + 1, start: start)])
        #expect(try remote("10.20.1.3") == UInt64(Int64.max))
    }

    /// A state directory written before the column existed upgrades in place: its figures stay,
    /// with no part from the fleet (the watcher of those releases kept none).
    @Test func figuresWrittenBeforeTheMigrationHaveNoRemotePart() throws {
        let dir = try TestDirectory()
        let start = UsageWindow.start(containing: Fixture.time(3_600), length: Self.day)
        try StateDirectory.prepare(dir.state)
        do {
            let queue = try DatabaseQueue(path: StateLayout(directory: dir.state).database)
            try StoreSchema.migrator.migrate(queue, upTo: "v-intended-confirmation")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO usage (table_name, quota_id, host, window_start, window_length, bytes, updated_ms)
                    VALUES ('sluice', 'hq_compute_1d', '10.20.1.1', ?, ?, 1234, 0)
                    """, arguments: [start, Int64(Self.day)])
            }
            try queue.close()
        }
        let store = try SluiceStore(directory: dir.state)
        let rows = try store.currentUsage(table: "sluice", at: Fixture.time(3_600))
        #expect(rows.map(\.bytes) == [1_234] && rows.map(\.remoteBytes) == [0])
    }
}
