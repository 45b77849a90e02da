import Foundation
import SluiceCompiler
import SluiceLanguage
import Testing
@testable import SluiceWatch

/// `warn` quotas: over them a host is alerted about (event `warn`) and recorded, never contained,
/// even when the same groups' `on exceed` contains for their enforcing quotas.
@Suite struct WarnQuotaTests {
    static let policy = TestPolicies.gateway
        .replacingOccurrences(of: "quota compute 1 MB per day per host", with: "quota compute 1 MB per day per host warn")
        .replacingOccurrences(of: "quota dtn     10 MB per day total", with: "quota dtn     10 MB per day total warn")

    @Test func aHostOverAWarnQuotaIsAlertedAndRecordedButNotContained() throws {
        let h = Harness(Self.policy)
        h.start()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.5.5", bytes: 1_000_000)
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_v4").isEmpty)
        #expect(h.kernel.hosts(in: "isolated_v4").isEmpty)
        #expect(h.store.allContainments.isEmpty)
        let incident = try #require(h.store.incidents.first)
        #expect(h.store.incidents.count == 1)
        #expect(incident.actions == ["alert log"])
        #expect(incident.containmentExpires == nil)
        #expect(incident.details.contains(#""event":"warn""#))
        #expect(h.writer.lines.count == 1)
        #expect(h.writer.lines.first?.hasPrefix(#"{"time":"2026-03-10T12:00:00Z","event":"warn","#) == true)
        // Once per host and window.
        h.poll()
        #expect(h.store.incidents.count == 1)
    }

    @Test func aSpentWarnTotalAlertsOnceAndContainsNoContributor() throws {
        let h = Harness(Self.policy)
        h.start()
        h.kernel.charge(set: "tq_dtn_1d_v4", host: "10.30.0.11", bytes: 10_000_000)
        h.kernel.charge(object: "tq_dtn_1d", bytes: 10_000_000)
        h.poll()
        #expect(h.kernel.hosts(in: "isolated_v4").isEmpty)
        #expect(h.store.allContainments.isEmpty)
        #expect(h.store.incidents.map(\.actions) == [["alert log"]])
        #expect(h.writer.lines.first?.contains(#""event":"warn""#) == true)
    }

    @Test func enforcingQuotasOfTheSameGroupsStillContain() throws {
        let h = Harness(Self.policy)
        h.start()
        h.kernel.charge(set: "hq_login_1h_v4", host: "10.10.1.7", bytes: 2_000_000)
        h.poll()
        #expect(h.kernel.element("blocked_v4", "10.10.1.7") != nil)
    }
}
