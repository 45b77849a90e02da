import Foundation
import SluiceCompiler
import Testing
@testable import SluiceWatch

/// Quotas of audited groups are counted but never contain: the watcher records `would-contain`
/// and alerts with `"audit": true`; enforced groups are contained as before.
@Suite struct AuditExceedTests {
    @Test func anAuditedHostThatSpendsAQuotaIsRecordedAndAlertedButNotContained() throws {
        let h = Harness(TestPolicies.audited)
        h.start()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 1_000_000)
        h.kernel.charge(set: "hq_login_1d_v4", host: "10.10.1.5", bytes: 1_000_000)
        h.poll()
        #expect(h.kernel.hosts(in: "isolated_v4") == ["10.10.1.5"], "only the enforced host is contained")
        let audited = try #require(h.store.incidents.first { $0.host == .address(FakeKernel.address("10.20.1.1")) })
        #expect(audited.actions == ["would isolate for 1d", "alert log"])
        #expect(audited.containmentExpires == nil)
        #expect(!h.store.allContainments.contains { $0.record.host == .address(FakeKernel.address("10.20.1.1")) })
        let alert = try #require(h.alerts.first { $0.host == "10.20.1.1" })
        #expect(alert.event == "would-contain")
        #expect(alert.line.contains(#""action":"would isolate for 1d","audit":true"#), "\(alert.line)")
        #expect(!alert.line.contains("expires"))
        #expect(h.alerts.first { $0.host == "10.10.1.5" }?.event == "contained")
        #expect(h.engine.metrics().incidentsTotal == 2)

        // Once per host and window, like a real containment.
        h.poll()
        #expect(h.store.incidents.count == 2)
    }

    @Test func anAuditedGroupsOverQuotaLogIsWouldContainToo() throws {
        let h = Harness(TestPolicies.audited)
        h.start()
        h.handle(h.quotaLog("hq_compute_1d", from: "10.20.3.3"))
        #expect(h.kernel.hosts(in: "isolated_v4").isEmpty)
        #expect(h.alerts.map(\.event) == ["would-contain"])
    }

    @Test func anAuditedTotalIsWouldContainForTheGroupAndEachContributor() throws {
        let h = Harness(TestPolicies.audited)
        h.start()
        h.kernel.charge(set: "tq_dtn_1d_v4", host: "10.30.0.11", bytes: 6_000_000)
        h.kernel.charge(set: "tq_dtn_1d_v4", host: "10.30.0.12", bytes: 4_000_000)
        h.kernel.charge(object: "tq_dtn_1d", bytes: 10_000_000)
        h.poll()
        #expect(h.kernel.hosts(in: "isolated_v4").isEmpty)
        #expect(Set(h.store.incidents.map(\.host.description)) == ["*", "10.30.0.11", "10.30.0.12"])
        #expect(h.store.incidents.allSatisfy { $0.actions.first == "would isolate for 1d" })
        #expect(h.alerts.allSatisfy { $0.event == "would-contain" }, "\(h.alerts.map(\.line))")
    }

    /// A group that stops auditing within the window (enforce after observe): its hosts that spent
    /// a quota while audited are contained at the next poll, also after a watcher restart, and the
    /// would-contain note is not repeated.
    @Test func aHostSpentWhileAuditedIsContainedOnceItsGroupEnforces() throws {
        let h = Harness(TestPolicies.audited)
        h.start()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 1_000_000)
        h.poll()
        #expect(h.kernel.hosts(in: "isolated_v4").isEmpty)
        let enforcedText = TestPolicies.audited.replacingOccurrences(of: "audit compute, dtn", with: "audit dtn")
        let enforced = TestPolicies.compile(enforcedText)
        h.run(try h.engine.reload(enforced))
        h.poll()
        #expect(h.kernel.hosts(in: "isolated_v4") == ["10.20.1.1"])
        #expect(h.alerts.map(\.event) == ["would-contain", "contained"])

        // Across a restart: what the store noted as would-contain does not count as acted on...
        let first = Self.watchSpending(TestPolicies.audited, store: MemoryStore(), host: "10.20.1.2")
        let restarted = Self.watchSpending(enforcedText, store: first.store, host: "10.20.1.2")
        #expect(restarted.kernel.hosts(in: "isolated_v4") == ["10.20.1.2"])
        // ...but still as noted: a restart that still audits does not note it again.
        let audited = Self.watchSpending(TestPolicies.audited, store: first.store, host: "10.20.1.3")
        let noted = Self.watchSpending(TestPolicies.audited, store: audited.store, host: "10.20.1.3")
        #expect(noted.alerts.isEmpty, "\(noted.alerts.map(\.event))")
    }

    /// A watcher of `text` over `store` started on a kernel where `host` spent compute's quota,
    /// after one poll.
    static func watchSpending(_ text: String, store: MemoryStore, host: String) -> Harness {
        let h = Harness(text, store: store)
        h.kernel.charge(set: "hq_compute_1d_v4", host: host, bytes: 1_000_000)
        h.start()
        h.poll()
        return h
    }
}
