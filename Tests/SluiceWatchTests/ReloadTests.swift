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

    @Test("a host taken out of a quota's groups is not put back into its set when the apply dropped its element")
    func hostsOutsideTheGroupsAreNotPutBack() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.kernel.charge(set: "hq_lab_1d_v4", host: "10.40.0.1", bytes: 300_000)
        h.kernel.charge(set: "hq_lab_1d_v4", host: "10.40.0.200", bytes: 200_000)
        h.poll()
        // lab narrowed to 10.40.0.0/25: the apply removed 10.40.0.200's element.
        let narrowed = TestPolicies.compile(TestPolicies.gateway.replacingOccurrences(of: "group lab     10.40.0.0/24",
                                                                                      with: "group lab     10.40.0.0/25"))
        h.kernel.remove(set: "hq_lab_1d_v4", host: "10.40.0.200")
        h.kernel.apply(narrowed)
        h.run(try h.engine.reload(narrowed, version: 8))
        h.poll()
        h.poll()
        #expect(h.kernel.consumed(set: "hq_lab_1d_v4", host: "10.40.0.200") == nil)
        #expect(h.kernel.consumed(set: "hq_lab_1d_v4", host: "10.40.0.1") == 300_000)
        // A member's lost usage still comes back.
        h.kernel.remove(set: "hq_lab_1d_v4", host: "10.40.0.1")
        h.poll()
        #expect(h.kernel.consumed(set: "hq_lab_1d_v4", host: "10.40.0.1") == 300_000)
    }

    @Test func aPolicyForAnotherTableIsRefused() {
        let h = Harness(TestPolicies.gateway)
        h.start()
        #expect(throws: WatchError.self) {
            try h.engine.reload(TestPolicies.compile(TestPolicies.gateway, table: "other"))
        }
    }
}
