import Foundation
import Testing
@testable import SluiceWatch

@Suite struct ReloadTests {
    static let day = QuotaWindow(containing: FakeClock.noon, length: 86_400)

    @Test func reloadKeepsUsageByQuotaIdAndFollowsNewBudgets() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 600_000)
        h.kernel.charge(set: "hq_lab_1d_v4", host: "10.40.0.1", bytes: 300_000)
        h.poll()
        // The new policy halves compute's budget (same id), drops lab's quota, adds one for soc.
        let edited = TestPolicies.gateway
            .replacingOccurrences(of: "quota compute 1 MB per day per host", with: "quota compute 500 KB per day per host")
            .replacingOccurrences(of: "quota lab     1 MB per day per host", with: "quota soc 1 MB per day per host")
        let compiled = TestPolicies.compile(edited)
        h.store.seedUsage([StoredUsage(table: "sluice", quotaID: "hq_soc_1d", host: .address(FakeKernel.address("10.0.0.2")),
                                       window: Self.day, bytes: 400_000, updated: FakeClock.noon)])
        h.kernel.apply(compiled)
        h.run(try h.engine.reload(compiled, version: 7))
        #expect(h.engine.liveVersion == 7)
        let quotas = h.engine.status().quotas
        #expect(quotas.map(\.id).contains("hq_soc_1d"))
        #expect(!quotas.map(\.id).contains("hq_lab_1d"))
        let compute = try #require(quotas.first { $0.id == "hq_compute_1d" })
        #expect(compute.budget == 500_000)
        #expect(compute.hosts.map(\.used) == [600_000])
        // Over the new budget: contained at once.
        #expect(h.kernel.hosts(in: "blocked_v4") == ["10.20.1.1"])
        // The new quota got its recorded usage back.
        #expect(h.kernel.consumed(set: "hq_soc_1d_v4", host: "10.0.0.2") == 400_000)
        // The lab usage was written before it was forgotten.
        #expect(h.store.usage("hq_lab_1d", "10.40.0.1", window: Self.day) == 300_000)
    }

    @Test func aPolicyForAnotherTableIsRefused() {
        let h = Harness(TestPolicies.gateway)
        h.start()
        #expect(throws: WatchError.self) {
            try h.engine.reload(TestPolicies.compile(TestPolicies.gateway, table: "other"))
        }
    }
}
