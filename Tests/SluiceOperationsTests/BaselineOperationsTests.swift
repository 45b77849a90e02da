import Foundation
import SluiceCompiler
import SluiceLanguage
import SluiceOperations
import SluiceStore
import Testing

/// `sluice baseline import` and `show` over a state directory: a bad export is refused whole with
/// every bad line located; a good one seeds the history the profile and limits come from.
@Suite struct BaselineOperationsTests {
    static let policy = ReportFixture.policy.replacingOccurrences(
        of: "quota compute 1 MB per day per host", with: "quota compute 3x usual at least 1 MB per 1h per host")

    static func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("usage-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aBadExportIsRefusedWholeWithEveryBadLineLocated() throws {
        let f = try ReportFixture(policy: Self.policy)
        let path = try Self.file("host,hour,bytes\n10.20.0.5,2026-03-02T14:00:00Z,5000\n10.20.0.5,2026-03-02T14:30:00Z,1\nself,2026-03-02T15:00:00Z,1\n")
        defer { unlink(path) }
        do {
            _ = try f.operations.importBaselines(path: path)
            Issue.record("a bad export was imported")
        } catch {
            guard case .badUsageFile(let problems) = error else { throw error }
            #expect(problems.count == 2)
            #expect(problems.first?.hasPrefix("\(path):3: ") == true)
            #expect(problems.last?.hasPrefix("\(path):4: ") == true)
            #expect(error.isRefusal)
        }
        #expect(try f.store.usageHours(table: "sluice", since: 0).isEmpty, "not even the good line")
    }

    @Test func aGoodExportSeedsTheProfileAndImportingTwiceChangesNothing() throws {
        let f = try ReportFixture(policy: Self.policy)
        // Two weeks of 10.20.0.5, 1 kB an hour and 9 kB on Tuesdays 14:00 UTC.
        var text = "host,hour,bytes\n"
        let end = ReportFixture.day + 14 * 86_400
        for t in stride(from: ReportFixture.day, to: end, by: 3_600) {
            let tuesday14 = (t - ReportFixture.day) % (7 * 86_400) == 14 * 3_600
            text += "10.20.0.5,\(RFC3339.format(unixSeconds: t)),\(tuesday14 ? 9_000 : 1_000)\n"
        }
        let path = try Self.file(text)
        defer { unlink(path) }
        let summary = try f.operations.importBaselines(path: path)
        #expect(summary.records == 14 * 24 && summary.hosts == 1)
        #expect(summary.firstHour == ReportFixture.day && summary.lastHour == end - 3_600)
        _ = try f.operations.importBaselines(path: path)
        #expect(try f.store.usageHours(table: "sluice", since: 0).map(\.bytes).reduce(0, +) == 2 * 9_000 + (14 * 24 - 2) * 1_000)
        let report = try f.operations.baselines(host: "10.20.0.5", at: Date(timeIntervalSince1970: TimeInterval(end)))
        let profile = try #require(report.profile)
        #expect(profile.count == 168)
        #expect(profile[24 + 14] == 9_000, "Tuesday 14:00 UTC is hour 38 of the week")
        #expect(profile[24 + 13] == 1_000)
        #expect(report.historyHours == 14 * 24)
        #expect(report.quotas.map(\.rule) == ["3x usual at least 1 MB per hour per host"])
        #expect(report.quotas.first?.windowStart == nil, "no watcher has written limits")
    }

    @Test func explainsStandingIsTheRecordedLimitOfTheCurrentWindowAndItsUse() throws {
        let f = try ReportFixture(policy: Self.policy)
        let id = try #require(f.compiled.quotas.first { $0.learned != nil }?.id)
        let start = ReportFixture.day + 5 * 3_600
        try f.store.recordBaselineLimits(table: "sluice", quotaID: id, [
            BaselineLimitRecord(quotaID: id, host: "10.20.0.5", windowStart: start, windowLength: 3_600, usual: 2_000_000,
                                limit: 6_000_000, warmingUp: false, historySeconds: 14 * 86_400)])
        try f.store.recordUsage(table: "sluice", quotaID: id, host: "10.20.0.5", windowStart: start, windowLength: 3_600,
                                bytes: 1_500_000)
        let host = try #require(IPAddress("10.20.0.5"))
        let now = Date(timeIntervalSince1970: TimeInterval(start + 600))
        let standing = try f.operations.learnedStanding(host: host, quotaIDs: [id], at: now)
        #expect(standing == [LearnedStanding(quotaID: id, host: "10.20.0.5", windowStart: start, usual: 2_000_000,
                                             limit: 6_000_000, warmingUp: false, used: 1_500_000)])
        // A limit of an earlier window is not this window's.
        #expect(try f.operations.learnedStanding(host: host, quotaIDs: [id], at: now.addingTimeInterval(3_600)).isEmpty)
    }
}
