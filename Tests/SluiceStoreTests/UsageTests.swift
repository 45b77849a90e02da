import Foundation
import Testing
@testable import SluiceStore

@Suite struct UsageTests {
    static let day: UInt64 = 86_400

    @Test func bytesOnlyMoveForwardUnlessSet() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let start = UsageWindow.start(containing: Fixture.time(3_600), length: Self.day)
        #expect(start == 1_735_689_600)
        func write(_ bytes: UInt64, _ mode: UsageWriteMode = .max) throws -> UInt64 {
            try store.recordUsage(table: "sluice", quotaID: "hq_compute_1d", host: "10.20.1.1", windowStart: start,
                                  windowLength: Self.day, bytes: bytes, mode: mode, at: Fixture.time(3_600)).bytes
        }
        #expect(try write(1_000) == 1_000)
        #expect(try write(400) == 1_000)
        #expect(try write(5_000) == 5_000)
        #expect(try write(10, .set) == 10)
        #expect(try write(20) == 20)
        let stored = try #require(try store.usage(table: "sluice", quotaID: "hq_compute_1d", host: "10.20.1.1",
                                                  windowStart: start, windowLength: Self.day))
        #expect(stored.bytes == 20)
        #expect(stored.updated == Fixture.time(3_600))
    }

    /// The watcher's bulk write (SQLite's C API, no read-back) keeps the same semantics as
    /// `recordUsage`, and a bad record fails the whole call.
    @Test func bulkWritesKeepTheSemanticsAndFailWhole() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let start = UsageWindow.start(containing: Fixture.time(3_600), length: Self.day)
        func records(_ bytes: (Int) -> UInt64, hosts: Int = 3_000) -> [UsageRecord] {
            (0..<hosts).map { i in
                UsageRecord(table: "sluice", quotaID: "hq_compute_1d", host: "10.20.\(i / 250).\(i % 250 + 1)",
                            windowStart: start, windowLength: Self.day, bytes: bytes(i), updated: Fixture.time(3_600))
            }
        }
        func stored() throws -> [UInt64] {
            try store.currentUsage(table: "sluice", at: Fixture.time(3_600)).map(\.bytes)
        }
        try store.storeUsage(records { UInt64($0) * 10 }, canonicalHosts: true)
        #expect(try stored().count == 3_000)
        let expectedTotal: UInt64 = 10 * (2_999 * 3_000 / 2)
        #expect(try stored().reduce(0, +) == expectedTotal)
        // Larger-of: a smaller figure leaves the row alone, a larger one replaces it; .set replaces.
        let mixed: (Int) -> UInt64 = { i in
            if i == 7 { return 1 }
            return UInt64(i) * 10 + (i == 8 ? 5 : 0)
        }
        try store.storeUsage(records(mixed))
        let byHost = Dictionary(uniqueKeysWithValues: try store.currentUsage(table: "sluice", at: Fixture.time(3_600))
            .map { ($0.host, $0.bytes) })
        #expect(byHost["10.20.0.8"] == 70)
        #expect(byHost["10.20.0.9"] == 85)
        try store.storeUsage(records { _ in 1 }, mode: .set)
        #expect(try stored().allSatisfy { $0 == 1 })
        // One bad host fails the whole call, and nothing of it is written.
        #expect(throws: StoreError.self) {
            try store.storeUsage(records { _ in 1 } + [UsageRecord(table: "sluice", quotaID: "q", host: "not-a-host",
                                                                   windowStart: start, windowLength: Self.day, bytes: 1,
                                                                   updated: Fixture.time(3_600))])
        }
        #expect(try stored().allSatisfy { $0 == 1 })
    }

    /// The watcher's flush of one quota: rows asked for one at a time, in slices of transactions.
    /// Every row lands with the larger bytes; a bad figure fails its own slice and stops the write,
    /// leaving the slices before it written (figures only grow, so a part is consistent).
    @Test func quotaWritesInSlicesKeepTheLargerBytes() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let start = UsageWindow.start(containing: Fixture.time(3_600), length: Self.day)
        func host(_ i: Int) -> String { "10.20.0.\(i + 1)" }
        func write(_ bytes: @escaping (Int) -> UInt64, windowStart: Int64? = nil) throws {
            try store.storeUsage(table: "sluice", quotaID: "hq_compute_1d", windowStart: windowStart ?? start,
                                 windowLength: Self.day, updated: Fixture.time(3_600), rows: 10, slice: 3) { i in
                (host(i), bytes(i), 0)
            }
        }
        func stored() throws -> [String: UInt64] {
            Dictionary(uniqueKeysWithValues: try store.currentUsage(table: "sluice", at: Fixture.time(3_600))
                .map { ($0.host, $0.bytes) })
        }
        try store.recordUsage(table: "sluice", quotaID: "hq_compute_1d", host: host(4), windowStart: start,
                              windowLength: Self.day, bytes: 1_000, at: Fixture.time(3_600))
        try write { UInt64($0) * 10 }
        let first = try stored()
        #expect(first.count == 10)
        #expect((0..<10).map { first[host($0)] } == [0, 10, 20, 30, 1_000, 50, 60, 70, 80, 90])
        #expect(try store.currentUsage(table: "sluice", at: Fixture.time(3_600)).allSatisfy { $0.updated == Fixture.time(3_600) })

        // A figure past what the store keeps is kept as 2^63 - 1, not refused: a refused record
        // would hold back every write queued after it.
        try write { $0 == 7 ? UInt64.max : 500 }
        let second = try stored()
        #expect((0..<10).map { second[host($0)] } == [500, 500, 500, 500, 1_000, 500, 500, UInt64(Int64.max), 500, 500])
        #expect(throws: StoreError.self) { try write({ _ in 900 }, windowStart: start + 1) }
        #expect(try stored() == second)
    }

    @Test func windowsAreSeparateAndCurrentWindowIsFound() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let yesterday = UsageWindow.start(containing: Fixture.time(-10), length: Self.day)
        let today = UsageWindow.start(containing: Fixture.time(10), length: Self.day)
        #expect(today - yesterday == 86_400)
        try store.recordUsage([
            UsageRecord(table: "sluice", quotaID: "hq_compute_1d", host: "10.20.1.1", windowStart: yesterday,
                        windowLength: Self.day, bytes: 900, updated: Fixture.time(-10)),
            UsageRecord(table: "sluice", quotaID: "hq_compute_1d", host: "10.20.1.1", windowStart: today,
                        windowLength: Self.day, bytes: 7, updated: Fixture.time(10)),
            UsageRecord(table: "sluice", quotaID: "hq_compute_1d", host: "10.20.1.2", windowStart: today,
                        windowLength: Self.day, bytes: 8, updated: Fixture.time(10)),
            UsageRecord(table: "sluice", quotaID: "tq_compute_1d", host: "*", windowStart: today,
                        windowLength: Self.day, bytes: 15, updated: Fixture.time(10)),
            UsageRecord(table: "lab", quotaID: "hq_compute_1d", host: "10.20.1.1", windowStart: today,
                        windowLength: Self.day, bytes: 99, updated: Fixture.time(10)),
        ])
        let current = try store.currentUsage(table: "sluice", quotaID: "hq_compute_1d", host: "10.20.1.1",
                                             windowLength: Self.day, at: Fixture.time(600))
        #expect(current?.bytes == 7)
        let earlier = try store.currentUsage(table: "sluice", quotaID: "hq_compute_1d", host: "10.20.1.1",
                                             windowLength: Self.day, at: Fixture.time(-600))
        #expect(earlier?.bytes == 900)

        let all = try store.currentUsage(table: "sluice", at: Fixture.time(600))
        #expect(all.map { "\($0.quotaID) \($0.host) \($0.bytes)" }
                == ["hq_compute_1d 10.20.1.1 7", "hq_compute_1d 10.20.1.2 8", "tq_compute_1d * 15"])
        #expect(try store.currentUsage(table: "sluice", at: Fixture.time(Double(Self.day) + 1)).isEmpty)

        let history = try store.usageHistory(table: "sluice", quotaID: "hq_compute_1d", host: "10.20.1.1")
        #expect(history.map(\.windowStart) == [today, yesterday])
        #expect(history.map(\.bytes) == [7, 900])
    }

    @Test func hostsAreStoredCanonicallyAndBadOnesRefused() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let start = UsageWindow.start(containing: Fixture.time(), length: 3_600)
        let record = try store.recordUsage(table: "sluice", quotaID: "q", host: "2001:DB8:0:0::1", windowStart: start,
                                           windowLength: 3_600, bytes: 5)
        #expect(record.host == "2001:db8::1")
        #expect(try store.usage(table: "sluice", quotaID: "q", host: "2001:db8::0001", windowStart: start,
                                windowLength: 3_600)?.bytes == 5)
        #expect(throws: StoreError.self) {
            try store.recordUsage(table: "sluice", quotaID: "q", host: "compute", windowStart: start,
                                  windowLength: 3_600, bytes: 1)
        }
        // A window that is not aligned to the epoch is a bug in the caller, not something to keep.
        #expect(throws: StoreError.self) {
            try store.recordUsage(table: "sluice", quotaID: "q", host: "self", windowStart: start + 1,
                                  windowLength: 3_600, bytes: 1)
        }
        #expect(try store.recordUsage(table: "sluice", quotaID: "q", host: "self", windowStart: start,
                                      windowLength: 3_600, bytes: UInt64.max).bytes == UInt64(Int64.max))
    }

    @Test func retentionDeletesOnlyWindowsThatEndedLongAgo() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let now = Fixture.time(12 * 3_600)
        let today = UsageWindow.start(containing: now, length: Self.day)
        for daysAgo in 0..<10 {
            try store.recordUsage(table: "sluice", quotaID: "hq_compute_1d", host: "10.20.1.1",
                                  windowStart: today - Int64(daysAgo) * 86_400, windowLength: Self.day,
                                  bytes: UInt64(daysAgo), at: now)
        }
        try store.recordUsage(table: "lab", quotaID: "hq_compute_1d", host: "10.20.1.1",
                              windowStart: today - 9 * 86_400, windowLength: Self.day, bytes: 1, at: now)
        // Windows ending at or before now - 3 days: those that started 4 or more days ago.
        #expect(try store.pruneUsage(olderThan: .seconds(3 * 86_400), at: now, table: "sluice") == 6)
        let left = try store.usageHistory(table: "sluice", quotaID: "hq_compute_1d", host: "10.20.1.1")
        #expect(left.map(\.bytes) == [0, 1, 2, 3])
        #expect(try store.usageHistory(table: "lab", quotaID: "hq_compute_1d", host: "10.20.1.1").count == 1)
        #expect(try store.pruneUsage(olderThan: .seconds(3 * 86_400), at: now) == 1)
        #expect(try store.usageHistory(table: "lab", quotaID: "hq_compute_1d", host: "10.20.1.1").isEmpty)
    }

    @Test func windowArithmeticIsEpochAligned() {
        #expect(UsageWindow.start(containing: Date(timeIntervalSince1970: 100_000), length: 30 * 86_400) == 0)
        #expect(UsageWindow.start(containing: Date(timeIntervalSince1970: 2_592_000), length: 30 * 86_400) == 2_592_000)
        #expect(UsageWindow.start(containing: Date(timeIntervalSince1970: -1), length: 3_600) == -3_600)
        #expect(UsageWindow.end(containing: Fixture.time(1), length: 3_600) == Fixture.time(3_600))
    }
}
