import Foundation
import SluiceCompiler
import SluiceLanguage
import Testing
@testable import SluiceWatch

@Suite struct StatusTests {
    static let day = QuotaWindow(containing: FakeClock.noon, length: 86_400)

    @Test func statusIsComputedFromKernelAndStoreWithoutAWatcher() throws {
        let compiled = TestPolicies.compile(TestPolicies.gateway)
        let clock = FakeClock(FakeClock.noon)
        let kernel = FakeKernel(compiled, clock: clock)
        let store = MemoryStore()
        kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 250_000)
        store.seedUsage([StoredUsage(table: "sluice", quotaID: "hq_compute_1d", host: .address(FakeKernel.address("10.20.1.2")),
                                     window: Self.day, bytes: 400_000, updated: FakeClock.noon)])
        try store.putContainment(StoredContainment(table: "sluice", host: .address(FakeKernel.address("10.20.1.9")),
                                                   level: .block, since: FakeClock.noon, expires: FakeClock.noon.addingTimeInterval(3_600),
                                                   reason: "quota hq_compute_1d exceeded", origin: .watcher))
        try kernel.addElements([SetElement(.address(AddressRange(FakeKernel.address("10.20.1.9"))), timeout: 3_600_000)],
                               table: "sluice", set: "blocked_v4")
        clock.advance(600)
        let status = try WatchStatus.read(compiled: compiled, table: "sluice", at: clock.now(), kernel: kernel, store: store)

        let compute = try #require(status.quotas.first { $0.id == "hq_compute_1d" })
        #expect(compute.window == Self.day)
        #expect(compute.resets == Self.day.endDate)
        #expect(compute.hosts.map(\.host.description) == ["10.20.1.1", "10.20.1.2"])
        #expect(compute.hosts.map(\.used) == [250_000, 400_000])
        #expect(compute.hosts.map(\.share) == [0.25, 0.4])
        let dtn = try #require(status.quotas.first { $0.id == "tq_dtn_1d" })
        #expect(dtn.hosts.map(\.host) == [.groupTotal])
        #expect(status.containments == [ContainmentStatus(
            host: .address(FakeKernel.address("10.20.1.9")), level: .block, since: FakeClock.noon,
            expires: FakeClock.noon.addingTimeInterval(3_600), reason: "quota hq_compute_1d exceeded", origin: .watcher)])
        // Reading changed nothing.
        #expect(kernel.operations.allSatisfy { $0.hasPrefix("read") || $0.hasPrefix("add") })
        let json = try JSONEncoder().encode(status)
        #expect(try JSONDecoder().decode(WatchStatus.self, from: json) == status)
    }

    @Test func aHostWarmingUpOnItsGroupShowsItsWarmUpLimitNotTheFloor() throws {
        let h = LearnedLimitTests.harness()
        h.start()
        h.kernel.charge(set: LearnedLimitTests.set, host: "10.20.9.8", bytes: 400_000)
        h.poll()
        h.kernel.charge(set: LearnedLimitTests.set, host: "10.20.9.8", bytes: 800_000)
        h.poll()
        #expect(h.kernel.limit(set: LearnedLimitTests.set, host: "10.20.9.8") == 15_150_000)
        let status = try WatchStatus.read(compiled: h.compiled, table: "sluice", at: h.clock.now(), kernel: h.kernel, store: h.store)
        let row = try #require(status.quotas.first { $0.id == "hq_compute_1h" }?.hosts.first { $0.host.description == "10.20.9.8" })
        #expect(row.budget == 15_150_000 && !row.spent && row.warmingUp == true && row.usual == 5_050_000)
        // The hosts recorded before it keep theirs.
        #expect(h.store.baselineLimits["hq_compute_1h"]?.baselines.count == 4)
    }

    @Test func kernelCountsOfAWindowThatEndedAreNotShownAsCurrent() throws {
        let compiled = TestPolicies.compile(TestPolicies.gateway)
        let clock = FakeClock(FakeClock.noon)
        let kernel = FakeKernel(compiled, clock: clock)
        let store = MemoryStore()
        store.seedMarks(["hq_compute_1d": Self.day.start - 86_400])
        kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 250_000)
        let status = try WatchStatus.read(compiled: compiled, table: "sluice", at: clock.now(), kernel: kernel, store: store)
        #expect(status.quotas.first { $0.id == "hq_compute_1d" }?.hosts.isEmpty == true)
    }
}
