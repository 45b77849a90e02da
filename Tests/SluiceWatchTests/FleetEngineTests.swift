import Foundation
import SluiceCompiler
import Testing
@testable import SluiceWatch

/// The watcher's side of a fleet (`--cluster`): containments decided on other gateways are
/// enforced here through the kernel's containment sets, releases remove them, and the other
/// gateways' usage goes into the kernel's per-host figures so the kernel enforces one global
/// budget, while this gateway publishes only its own bytes.
@Suite struct FleetEngineTests {
    private let compute = "hq_compute_1d"

    private func record(_ host: String, _ level: ContainmentKind = .block, seconds: Double? = 600,
                        at now: Date) -> StoredContainment {
        StoredContainment(table: "sluice", host: HostID(host)!, level: level, since: now,
                          expires: seconds.map { now.addingTimeInterval($0) }, reason: "quota q exceeded (from b)",
                          origin: .watcher)
    }

    private func remote(_ quota: String, _ window: Int64, _ hosts: [String: UInt64]) -> FleetInbox {
        FleetInbox(remoteUsage: [FleetUsage(quotaID: quota, window: window,
                                            hosts: Dictionary(uniqueKeysWithValues: hosts.map { (HostID($0.key)!, $0.value) }))])
    }

    private func window(_ h: Harness) -> Int64 {
        QuotaWindow(containing: h.clock.now(), length: 86_400).start
    }

    @Test func aContainmentFromAnotherGatewayIsEnforcedAndRecordedLocally() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        let now = h.clock.now()
        let effects = h.run(h.engine.absorbFleet(FleetInbox(contain: [record("10.20.1.1", at: now)])))
        let element = try #require(h.kernel.element("blocked_v4", "10.20.1.1"))
        #expect(element.timeout == 600_000)
        // Recorded in the local store, so a restart while etcd is down still enforces it.
        #expect(h.store.allContainments.contains { $0.record.host.description == "10.20.1.1" && $0.released == nil })
        #expect(effects.contains { if case .putContainment = $0 { true } else { false } })
        // The same record again (the echo of this gateway's own publication) changes nothing.
        let again = h.engine.absorbFleet(FleetInbox(contain: [record("10.20.1.1", at: now)]))
        #expect(again.isEmpty)
    }

    /// The others' bytes and their containment arrive together (after etcd answers again): the
    /// host is over its budget here too, but the fleet already acted; no second incident, alert or
    /// longer containment of this gateway's own.
    @Test func aHostTheFleetContainedIsNotContainedAgainWhenItsBudgetIsSpentHere() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        let now = h.clock.now()
        h.run(h.engine.absorbFleet(FleetInbox(contain: [record("10.20.1.1", seconds: 86_400, at: now)])))
        h.clock.advance(5)
        h.run(h.engine.absorbFleet(remote(compute, window(h), ["10.20.1.1": 1_000_000])))
        h.poll()
        h.poll()
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.1") == 1_000_000)
        #expect(h.store.incidents.isEmpty, "\(h.store.incidents)")
        #expect(!h.writer.lines.contains { $0.contains("\"event\":\"contained\"") }, "\(h.writer.lines)")
        #expect(h.kernel.element("blocked_v4", "10.20.1.1")?.timeout == 86_400_000)
        // A host the fleet did not contain is contained here as before.
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.2", bytes: 1_000_000)
        h.poll()
        #expect(h.store.incidents.map(\.host.description) == ["10.20.1.2"])
    }

    @Test func aLongerContainmentReplacesTheShorterElement() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        let now = h.clock.now()
        h.run(h.engine.absorbFleet(FleetInbox(contain: [record("10.20.1.1", seconds: 60, at: now)])))
        h.run(h.engine.absorbFleet(FleetInbox(contain: [record("10.20.1.1", seconds: nil, at: now)])))
        let element = try #require(h.kernel.element("blocked_v4", "10.20.1.1"))
        #expect(element.timeout == nil)
    }

    @Test func aContainmentTheKernelRefusedIsWrittenAtTheNextPoll() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        let now = h.clock.now()
        h.kernel.refuseAdds(true)
        h.run(h.engine.absorbFleet(FleetInbox(contain: [record("10.20.1.1", at: now)])))
        #expect(h.kernel.element("blocked_v4", "10.20.1.1") == nil)
        h.poll()
        #expect(h.kernel.element("blocked_v4", "10.20.1.1") == nil, "written while the kernel still refuses")
        h.kernel.refuseAdds(false)
        h.poll()
        let element = try #require(h.kernel.element("blocked_v4", "10.20.1.1"), "the refused containment was never written")
        #expect(element.timeout == 600_000)
        #expect(h.store.allContainments.contains { $0.record.host.description == "10.20.1.1" && $0.released == nil })
        // A release from the fleet while the write still fails: nothing is tried again after it.
        h.kernel.refuseAdds(true)
        h.run(h.engine.absorbFleet(FleetInbox(contain: [record("10.20.1.2", at: now)])))
        h.run(h.engine.absorbFleet(FleetInbox(release: [ContainmentKey(host: HostID("10.20.1.2")!, level: .block)])))
        h.kernel.refuseAdds(false)
        h.poll()
        #expect(h.kernel.element("blocked_v4", "10.20.1.2") == nil)
    }

    @Test func anExpiredContainmentIsNotEnforced() {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.run(h.engine.absorbFleet(FleetInbox(contain: [record("10.20.1.1", seconds: -5, at: h.clock.now())])))
        #expect(h.kernel.element("blocked_v4", "10.20.1.1") == nil)
    }

    @Test func aReleaseFromTheFleetRemovesTheHostAndClosesTheRecord() {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.run(h.engine.absorbFleet(FleetInbox(contain: [record("10.20.1.1", at: h.clock.now())])))
        h.run(h.engine.absorbFleet(FleetInbox(release: [ContainmentKey(host: HostID("10.20.1.1")!, level: .block)])))
        #expect(h.kernel.element("blocked_v4", "10.20.1.1") == nil)
        #expect(!h.store.allContainments.contains { $0.record.host.description == "10.20.1.1" && $0.released == nil })
        #expect(h.alerts.contains { $0.event == "released" && $0.host == "10.20.1.1" })
        // The next poll does not put it back.
        h.clock.advance(5)
        h.poll()
        h.clock.advance(5)
        h.poll()
        #expect(h.kernel.element("blocked_v4", "10.20.1.1") == nil)
    }

    @Test func otherGatewaysUsageGoesIntoTheKernelAndOnlyOwnUsageIsPublished() {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 100_000)
        h.poll()
        h.run(h.engine.absorbFleet(remote(compute, window(h), ["10.20.1.1": 300_000, "10.20.1.2": 50_000])))
        h.poll()
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.1") == 400_000)
        // A host seen only on other gateways gets its element with their bytes.
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.2") == 50_000)
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 20_000)
        h.poll()
        let own = h.engine.fleetUsage().first { $0.quotaID == compute }?.hosts
        #expect(own?[HostID("10.20.1.1")!] == 120_000)
        #expect(own?[HostID("10.20.1.2")!] == nil)
        // The others' figure grows: only the growth is added.
        h.run(h.engine.absorbFleet(remote(compute, window(h), ["10.20.1.1": 350_000])))
        h.poll()
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.1") == 470_000)
    }

    /// Any etcd client can publish figures: one past the budget (or past 2^64 with the kernel's)
    /// fills the host's budget and no more, and stops nothing (it overflowed and killed every
    /// watcher, which left the fleet's budgets unshared).
    @Test func aForgedFigurePastTheBudgetFillsItAndNoMore() {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 100_000)
        h.poll()
        h.run(h.engine.absorbFleet(remote(compute, window(h), ["10.20.1.1": UInt64(Int64.max)])))
        h.poll()
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.1") == 1_000_000)
        h.run(h.engine.absorbFleet(remote(compute, window(h), ["10.20.1.1": UInt64.max, "10.20.1.2": UInt64.max])))
        h.poll()
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.1") == 1_000_000)
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.2") == 1_000_000)
        #expect(WatchEngine.injected(seen: UInt64.max, target: UInt64.max, before: 0, budget: 1_000) == UInt64.max)
        #expect(WatchEngine.injected(seen: 500, target: 900, before: 100, budget: 1_000) == 1_000)
        #expect(WatchEngine.injected(seen: 500, target: 300, before: 100, budget: 1_000) == 700)
    }

    /// After a restart or a compaction the link reads etcd in full: a containment another gateway
    /// decided that etcd no longer holds was released meanwhile; a local one stays.
    @Test func aFullReadEndsTheFleetsContainmentsThatWereReleasedMeanwhile() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        let now = h.clock.now()
        h.run(h.engine.absorbFleet(FleetInbox(contain: [record("10.20.1.1", at: now)])))
        h.handle(h.quotaLog(compute, from: "10.20.1.2"))
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.2", bytes: 2_000_000)
        h.poll()
        _ = try #require(h.kernel.element("blocked_v4", "10.20.1.2"))
        var inbox = FleetInbox()
        inbox.standing = []
        h.run(h.engine.absorbFleet(inbox))
        #expect(h.kernel.element("blocked_v4", "10.20.1.1") == nil)
        #expect(h.kernel.element("blocked_v4", "10.20.1.2") != nil, "a containment this gateway decided is not the fleet's to end")
    }

    /// A gateway whose keys vanish (its lease expired, etcd lost them) refills no budget here.
    @Test func aLowerRemoteFigureNeverTakesBytesBack() {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.run(h.engine.absorbFleet(remote(compute, window(h), ["10.20.1.1": 300_000])))
        h.poll()
        h.run(h.engine.absorbFleet(remote(compute, window(h), ["10.20.1.1": 0])))
        h.poll()
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.1") == 300_000)
        #expect(h.engine.fleetUsage().first { $0.quotaID == compute }?.hosts.isEmpty == true)
    }

    /// A watcher restart finds the others' bytes in the kernel's figures; what it had published as
    /// its own tells them apart, so it neither publishes them as its own nor adds them again.
    @Test func aRestartedWatcherTellsItsOwnBytesFromTheInjectedOnes() {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 100_000)
        h.poll()
        h.run(h.engine.absorbFleet(remote(compute, window(h), ["10.20.1.1": 300_000])))
        h.poll()
        let published = h.engine.fleetUsage()
        h.restart()
        h.start()
        h.poll()
        h.run(h.engine.absorbFleet(FleetInbox(remoteUsage: [FleetUsage(quotaID: compute, window: window(h),
                                                                       hosts: [HostID("10.20.1.1")!: 300_000])],
                                              ownPublished: published)))
        h.poll()
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.1") == 400_000)
        #expect(h.engine.fleetUsage().first { $0.quotaID == compute }?.hosts[HostID("10.20.1.1")!] == 100_000)
    }

    @Test func aHostSpreadOverGatewaysIsStoppedAtTheOneGlobalBudget() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 400_000)
        h.poll()
        // Two other gateways each carried 300 kB: 1 MB in all, this gateway's element is spent.
        h.run(h.engine.absorbFleet(remote(compute, window(h), ["10.20.1.1": 600_000])))
        h.poll()
        h.handle(h.quotaLog(compute, from: "10.20.1.1"))
        _ = try #require(h.kernel.element("blocked_v4", "10.20.1.1"))
    }

    @Test("another gateway's figures for hosts outside the quota's groups are ignored; its hosts' still go in")
    func usageOfHostsOutsideTheGroupsIsIgnored() {
        let h = Harness(TestPolicies.gateway)
        h.start()
        var hosts: [String: UInt64] = ["10.20.1.1": 50_000]
        for i in 1...100 { hosts["10.80.0.\(i)"] = 1_000 }
        h.run(h.engine.absorbFleet(remote(compute, window(h), hosts)))
        h.poll()
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.1") == 50_000)
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.80.0.1") == nil)
    }

    @Test("a containment from the fleet that ends further away than the kernel takes gets the longest timeout")
    func aFarEndGetsTheLongestTimeout() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.run(h.engine.absorbFleet(FleetInbox(contain: [record("10.20.1.1", seconds: 1e17, at: h.clock.now())])))
        #expect(try #require(h.kernel.element("blocked_v4", "10.20.1.1")).timeout == ContainmentEnd.longestTimeout)
        #expect(ContainmentEnd.at(Date.distantFuture).timeoutMilliseconds(at: h.clock.now()) == ContainmentEnd.longestTimeout)
        #expect(ContainmentEnd.at(Date(timeIntervalSince1970: -.infinity)).timeoutMilliseconds(at: h.clock.now())
                == ContainmentEnd.shortestTimeout)
    }

    @Test("a containment of a management host from the fleet is not enforced")
    func theFleetNeverContainsManagement() {
        let h = Harness(TestPolicies.gateway)
        h.start()
        let effects = h.run(h.engine.absorbFleet(FleetInbox(contain: [record("10.0.0.2", at: h.clock.now()),
                                                                      record("10.0.0.3", .isolate, seconds: nil, at: h.clock.now())])))
        #expect(h.kernel.element("blocked_v4", "10.0.0.2") == nil && h.kernel.element("isolated_v4", "10.0.0.3") == nil)
        #expect(effects.isEmpty && h.store.allContainments.isEmpty)
    }

    @Test func usageOfAnotherWindowOrAHostModeQuotaIsIgnored() {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.run(h.engine.absorbFleet(remote(compute, window(h) - 86_400, ["10.20.1.1": 300_000])))
        h.poll()
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.1") == nil)
    }

    @Test func aGroupTotalTakesTheOthersBytesIntoItsQuotaObject() {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.kernel.charge(object: "tq_dtn_1d", bytes: 1_000)
        h.poll()
        h.run(h.engine.absorbFleet(remote("tq_dtn_1d", window(h), ["*": 4_000])))
        h.poll()
        #expect(h.kernel.consumed(object: "tq_dtn_1d") == 5_000)
        #expect(h.engine.fleetUsage().first { $0.quotaID == "tq_dtn_1d" }?.hosts == [.groupTotal: 1_000])
    }
}

/// The fleet's metric: present only with a fleet, 1 while etcd is unreachable.
@Suite struct FleetMetricTests {
    @Test func clusterDegradedIsAGauge() {
        var snapshot = MetricsSnapshot(quotas: [], contained: [], incidentsTotal: 0, deniedTotals: [], pollSeconds: nil)
        #expect(!snapshot.prometheusText.contains("sluice_cluster_degraded"))
        snapshot.clusterDegraded = true
        #expect(snapshot.prometheusText.contains("\nsluice_cluster_degraded 1\n"))
        snapshot.clusterDegraded = false
        #expect(snapshot.prometheusText.contains("\nsluice_cluster_degraded 0\n"))
    }
}
