import SluiceCompiler
import Foundation
import Testing
@testable import SluiceWatch

@Suite struct WindowTests {
    @Test func windowsAlignToTheEpochInUTC() {
        let t = Date(timeIntervalSince1970: 1_773_144_000 + 3_723)   // 2026-03-10T13:02:03Z
        let day = QuotaWindow(containing: t, length: 86_400)
        #expect(day.start == 1_773_100_800)
        #expect(RFC3339.format(unixSeconds: day.start) == "2026-03-10T00:00:00Z")
        #expect(RFC3339.format(day.endDate) == "2026-03-11T00:00:00Z")
        let hour = QuotaWindow(containing: t, length: 3_600)
        #expect(RFC3339.format(hour.startDate) == "2026-03-10T13:00:00Z")
        let thirty = QuotaWindow(containing: t, length: 30 * 86_400)
        #expect(thirty.start % (30 * 86_400) == 0)
        #expect(thirty.start <= 1_773_147_723 && 1_773_147_723 < thirty.end)
    }

    @Test func windowsBeforeTheEpochRoundDown() {
        let w = QuotaWindow(containing: Date(timeIntervalSince1970: -1), length: 60)
        #expect(w.start == -60)
        #expect(RFC3339.format(unixSeconds: -1) == "1969-12-31T23:59:59Z")
    }

    @Test func timestampsKeepMillisecondsOnlyWhenPresent() {
        #expect(RFC3339.format(Date(timeIntervalSince1970: 0.25)) == "1970-01-01T00:00:00.250Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
    }
}
