import Foundation
import SluiceStore
import Testing
@testable import SluiceOperations

/// `sluice report` on a learned (`Nx usual`) quota: each host is judged against its own learned
/// limit, not the floor the policy writes.
@Suite struct ReportLearnedQuotaTests {
    @Test func aHostIsJudgedAgainstItsLearnedLimit() throws {
        let f = try ReportFixture(policy: ReportFixture.policy + "quota compute 3x usual at least 100 KB per 1h per host\n")
        let quota = try #require(f.compiled.quotas.first { $0.learned != nil }).id
        let window = ReportFixture.day + 86_400 + 9 * ReportFixture.hour
        let used: [(String, UInt64)] = [("10.20.1.1", 190_000), ("10.20.1.2", 160_000), ("10.20.1.3", 120_000)]
        try f.store.recordFlows(used.map { f.flow($0.0, "192.0.2.10", hour: window, bytes: $0.1) })
        for (host, bytes) in used {
            try f.store.recordUsage(table: "sluice", quotaID: quota, host: host, windowStart: window, windowLength: 3600, bytes: bytes)
        }
        // The watcher's limits for the window; 10.20.1.3's is known from its incident only.
        try f.store.recordBaselineLimits(table: "sluice", quotaID: quota, [
            BaselineLimitRecord(quotaID: quota, host: "10.20.1.1", windowStart: window, windowLength: 3600, usual: 100_000,
                                limit: 300_000, warmingUp: false, historySeconds: 9 * 86_400),
            BaselineLimitRecord(quotaID: quota, host: "10.20.1.2", windowStart: window, windowLength: 3600, usual: 50_000,
                                limit: 150_000, warmingUp: false, historySeconds: 9 * 86_400),
        ])
        try f.store.recordIncident(table: "sluice", time: Date(timeIntervalSince1970: TimeInterval(window + 600)), host: "10.20.1.3",
                                   groups: ["compute"], quotaID: quota, windowStart: window, windowLength: 3600,
                                   bytesUsed: 110_000, budget: 110_000, actions: ["would isolate for 1d"])
        let report = try f.operations.report(ReportRequest(since: f.period.since, until: f.period.until))
        let windows = report.quotaUsage.filter { $0.quota == quota }
        #expect(windows.map { "\($0.maxHost) \($0.maxBytes) \($0.budget) \($0.spent)" } == ["10.20.1.3 120000 110000 2"], "\(windows)")
        let top = try #require(report.topHosts.first { $0.host == "10.20.1.1" })
        #expect(top.budgetQuota == quota && top.budgetShare.map { abs($0 - 190.0 / 300.0) < 1e-9 } == true, "\(top)")
        let host = try f.operations.report(ReportRequest(since: f.period.since, until: f.period.until, host: "10.20.1.1"))
        #expect(host.hostWindows.filter { $0.quota == quota }.map(\.budget) == [300_000])
    }
}
