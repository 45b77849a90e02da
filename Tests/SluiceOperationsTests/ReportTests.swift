import Foundation
@testable import SluiceOperations
import Testing

/// `sluice report` over a real state database: what the sections say, the filters, the refusals,
/// and an HTML file that stands alone.
@Suite struct ReportTests {
    @Test func theSectionsSayWhatLeftAndWhatWouldBeDenied() throws {
        let f = try ReportFixture()
        try f.seed()
        let report = try f.operations.report(ReportRequest(since: f.period.since, until: f.period.until))
        #expect(report.bytes == 400_000 + 1_200_000 + 7000 + 3000 + 200 + 50_000)
        #expect(report.wouldDenyBytes == 10_200)
        #expect(report.auditedGroups == ["compute"])
        #expect(report.topHosts.map(\.host) == ["10.20.1.1", "10.10.1.5", "10.20.1.2"])
        let top = try #require(report.topHosts.first)
        #expect(top.groups == ["compute"] && top.flows == 5 && top.destinations == 2)
        #expect(top.budgetQuota == "hq_compute_1d" && top.budgetShare == 1.2)
        #expect(report.topDestinations.first?.destination == "192.0.2.10" && report.topDestinations.first?.hosts == 2)
        // 192.0.2.10 was reached before the period; the would-deny destinations were not.
        #expect(report.newDestinations.map(\.destination) == ["203.0.113.9", "203.0.113.17"])
        #expect(report.newDestinations.first?.hosts == ["10.20.1.1", "10.20.1.2"])
        #expect(report.wouldDeny.map { "\($0.destination) \($0.service) \($0.bytes) \($0.flows)" }
                == ["203.0.113.9 tcp/22 10000 4", "203.0.113.17 udp/53 200 1"])
        #expect(report.denied.map { "\($0.host) \($0.destination) \($0.service) \($0.attempts)" } == ["10.10.1.5 198.51.100.7 tcp/25 4"])
        #expect(report.incidents.map(\.actions) == [["would isolate for 1d", "alert log"]])
        #expect(report.quotaUsage.map { "\($0.windowStart) \($0.maxBytes) \($0.spent)" }
                == ["2026-03-11T00:00:00Z 407000 0", "2026-03-12T00:00:00Z 1200000 1"])
        #expect(report.hostWindows.map(\.bytes) == [407_000, 1_200_000])
        #expect(report.hourly.filter { $0.group == "compute" }.map(\.bytes).reduce(0, +) == 1_610_200)
        #expect(report.from == "2026-03-11T00:00:00Z" && report.until == "2026-03-13T00:00:00Z")
    }

    @Test func aGroupOrAHostNarrowsEverySection() throws {
        let f = try ReportFixture()
        try f.seed()
        let login = try f.operations.report(ReportRequest(since: f.period.since, until: f.period.until, group: "login"))
        #expect(login.topHosts.map(\.host) == ["10.10.1.5"] && login.wouldDeny.isEmpty && login.incidents.isEmpty)
        #expect(login.denied.count == 1 && login.quotaUsage.isEmpty && login.newDestinations.isEmpty)
        let host = try f.operations.report(ReportRequest(since: f.period.since, until: f.period.until, host: "10.20.1.2"))
        #expect(host.bytes == 3200 && host.topHosts.map(\.host) == ["10.20.1.2"] && host.incidents.isEmpty)
        #expect(host.newDestinations.map(\.hosts) == [["10.20.1.2"], ["10.20.1.2"]])
    }

    @Test func badRequestsAreRefused() throws {
        let f = try ReportFixture()
        let (since, until) = f.period
        #expect(throws: OperationError.self) { try f.operations.report(ReportRequest(since: since, until: until, group: "nosuch")) }
        #expect(throws: OperationError.self) { try f.operations.report(ReportRequest(since: since, until: until, host: "nohost")) }
        #expect(throws: OperationError.self) { try f.operations.report(ReportRequest(since: until, until: since)) }
        do {
            _ = try f.operations.report(ReportRequest(since: since, until: until, group: "nosuch"))
        } catch {
            #expect(error.isRefusal && "\(error)".contains("nosuch"))
        }
    }

    @Test func theHTMLFileStandsAloneAndEscapesWhatItShows() throws {
        let f = try ReportFixture()
        try f.seed()
        let report = try f.operations.report(ReportRequest(since: f.period.since, until: f.period.until))
        let html = ReportHTML.render(report)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("href=") && !html.contains("url("))
        #expect(html.components(separatedBy: "<svg").count - 1 == 3, "hourly, top hosts, a host's windows")
        #expect(html.contains("203.0.113.9") && html.contains("would isolate for 1d"))
        #expect(ReportHTML.render(report) == html, "deterministic")
        #expect(ReportHTML.escape("<b a=\"x\">&'") == "&lt;b a=&quot;x&quot;&gt;&amp;&#39;")
    }
}
