import Foundation
import Testing
import SluiceCompiler
@testable import SluiceStore

/// Hourly usage and learned limits: what learned quotas learn from survives reopening, imports
/// are idempotent, a bad record writes nothing, and a lost history is rebuilt from the flows.
@Suite struct BaselineStoreTests {
    static let hour: Int64 = 1_735_689_600

    @Test func theWatchersDeltasAddUpAndImportsKeepTheLarger() throws {
        let dir = try TestDirectory()
        do {
            let store = try SluiceStore(directory: dir.state)
            try store.recordUsageHours(table: "sluice", [UsageHour(host: "10.20.0.5", hour: Self.hour + 59, bytes: 100)], mode: .add)
            try store.recordUsageHours(table: "sluice", [UsageHour(host: "10.20.0.5", hour: Self.hour, bytes: 50)], mode: .add)
            try store.recordUsageHours(table: "sluice", [UsageHour(host: "10.20.0.5", hour: Self.hour, bytes: 120),
                                                         UsageHour(host: "2001:DB8::1", hour: Self.hour, bytes: 7)], mode: .max)
            try store.recordUsageHours(table: "other", [UsageHour(host: "10.20.0.5", hour: Self.hour, bytes: 9)], mode: .add)
            try store.close()
        }
        let store = try SluiceStore(directory: dir.state)
        #expect(try store.usageHours(table: "sluice", since: 0) == [UsageHour(host: "10.20.0.5", hour: Self.hour, bytes: 150),
                                                                   UsageHour(host: "2001:db8::1", hour: Self.hour, bytes: 7)])
        // A learning period that starts mid-hour reads that whole hour.
        #expect(try store.usageHours(table: "sluice", since: Self.hour + 1).count == 2)
        #expect(try store.usageHours(table: "sluice", since: Self.hour + 3_600).isEmpty)
    }

    @Test func aBadRecordWritesNothing() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        #expect(throws: StoreError.self) {
            try store.recordUsageHours(table: "sluice", [UsageHour(host: "10.20.0.5", hour: Self.hour, bytes: 1),
                                                         UsageHour(host: "not-a-host", hour: Self.hour, bytes: 1)], mode: .max)
        }
        #expect(try store.usageHours(table: "sluice", since: 0).isEmpty)
    }

    @Test func aLostHistoryIsRebuiltFromTheFlowsOnce() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        try store.recordFlows([
            FlowRollup(table: "sluice", hour: Self.hour, host: "10.20.0.5", destination: "198.51.100.7", transport: 6, port: 443,
                       verdict: .allow, bytes: 1_000, packets: 3, flows: 1),
            FlowRollup(table: "sluice", hour: Self.hour, host: "10.20.0.5", destination: "198.51.100.8", transport: 6, port: 443,
                       verdict: .allow, bytes: 500, packets: 3, flows: 1),
            FlowRollup(table: "sluice", hour: Self.hour, host: "10.20.0.5", destination: "198.51.100.9", transport: 6, port: 80,
                       verdict: .wouldDeny, bytes: 70, packets: 1, flows: 1),
        ])
        #expect(try store.rebuildUsageHoursIfEmpty(table: "sluice") == 1)
        #expect(try store.usageHours(table: "sluice", since: 0) == [UsageHour(host: "10.20.0.5", hour: Self.hour, bytes: 1_500)])
        #expect(try store.rebuildUsageHoursIfEmpty(table: "sluice") == 0, "a history that exists is left alone")
    }

    @Test func limitsAreReplacedPerQuota() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        func limit(_ quota: String, _ host: String, _ start: Int64, _ bytes: UInt64) -> BaselineLimitRecord {
            BaselineLimitRecord(quotaID: quota, host: host, windowStart: start, windowLength: 3_600, usual: bytes / 3,
                                limit: bytes, warmingUp: host.hasSuffix(".6"), historySeconds: 8 * 86_400)
        }
        try store.recordBaselineLimits(table: "sluice", quotaID: "hq_a_1h", [limit("hq_a_1h", "10.20.0.5", Self.hour, 900),
                                                                           limit("hq_a_1h", "10.20.0.6", Self.hour, 600)])
        try store.recordBaselineLimits(table: "sluice", quotaID: "hq_b_1h", [limit("hq_b_1h", "10.20.0.5", Self.hour, 300)])
        try store.recordBaselineLimits(table: "sluice", quotaID: "hq_a_1h", [limit("hq_a_1h", "10.20.0.5", Self.hour + 3_600, 1_200)])
        #expect(try store.baselineLimits(table: "sluice") == [limit("hq_a_1h", "10.20.0.5", Self.hour + 3_600, 1_200),
                                                              limit("hq_b_1h", "10.20.0.5", Self.hour, 300)])
    }
}
