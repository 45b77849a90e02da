import Foundation
import SluiceCompiler
import Testing
@testable import SluiceWatch

/// `baseline import` input: `host,hour,bytes` from flow collectors; any bad line refuses the file.
@Suite struct HourlyUsageCSVTests {
    @Test func readsRecordsSkippingTheHeaderBlankLinesAndComments() throws {
        let text = "host,hour,bytes\r\n# exported 2026-03-16\n10.20.0.1,2026-03-02T14:00:00Z,5000\n\n"
            + " fd00:20::7 , 2026-03-02T15:00:00+00:00 , 0\n10.20.0.1,1970-01-01T00:00:00Z,1\n"
        let records = try HourlyUsageCSV.parse(text, path: "flows.csv").get()
        #expect(records == [
            HourlyUsage(host: HostID("10.20.0.1")!, hourStart: 1_772_460_000, bytes: 5_000),
            HourlyUsage(host: HostID("fd00:20::7")!, hourStart: 1_772_463_600, bytes: 0),
            HourlyUsage(host: HostID("10.20.0.1")!, hourStart: 0, bytes: 1),
        ])
    }

    @Test func everyBadLineIsNamedAndNothingIsImported() {
        let text = """
            host,hour,bytes
            10.20.0.1,2026-03-02T14:00:00Z,5000
            10.20.0.1,2026-03-02T14:30:00Z,5000
            10.20.0.999,2026-03-02T14:00:00Z,5000
            10.20.0.1,2026-03-02T14:00:00+01:00,5000
            10.20.0.1,2026-02-29T14:00:00Z,5000
            10.20.0.1,2026-03-02T14:00:00Z,-5
            10.20.0.1,2026-03-02T14:00:00Z
            self,2026-03-02T14:00:00Z,1
            10.20.0.1,2026-03-02T14:00:00Z,1.5
            """
        guard case .failure(let error) = HourlyUsageCSV.parse(text, path: "flows.csv") else {
            Issue.record("a file with bad lines was accepted")
            return
        }
        #expect(error.problems.map { String($0.prefix(while: { $0 != " " })) } == [
            "flows.csv:3:", "flows.csv:4:", "flows.csv:5:", "flows.csv:6:", "flows.csv:7:", "flows.csv:8:",
            "flows.csv:9:", "flows.csv:10:",
        ])
        #expect(error.problems[5] == "flows.csv:8: expected 3 fields (host,hour,bytes), found 2")
    }

    @Test func aFloodOfBadLinesIsCounted() {
        let text = String(repeating: "nonsense\n", count: 50)
        guard case .failure(let error) = HourlyUsageCSV.parse(text, path: "f.csv") else {
            Issue.record("accepted")
            return
        }
        #expect(error.problems.count == HourlyUsageCSV.maximumProblems + 1)
        #expect(error.problems.last == "f.csv: and 30 more bad lines")
    }

    @Test func leapYearsAndTheCalendarAreRight() {
        #expect(HourlyUsageCSV.hourStart("2024-02-29T00:00:00Z") == 1_709_164_800)
        #expect(HourlyUsageCSV.hourStart("2000-03-01T23:00:00Z") == 951_951_600)
        #expect(HourlyUsageCSV.hourStart("2100-02-29T00:00:00Z") == nil)
        #expect(HourlyUsageCSV.hourStart("2026-03-02 14:00:00Z") == nil)
        #expect(HourlyUsageCSV.hourStart("2026-03-02T14:00:00") == nil)
    }
}
