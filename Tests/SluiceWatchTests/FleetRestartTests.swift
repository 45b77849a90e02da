import Foundation
import SluiceCompiler
import Testing
@testable import SluiceWatch

/// A fleet watcher that restarts: the kernel still holds the others' bytes it had added, and the
/// state directory says how many they were (written with the usage), so the watcher publishes only
/// its own bytes and adds none twice, also when etcd no longer holds what it published (its lease
/// ran out while it was down). Before, it took the others' bytes for its own then, published them,
/// and the other gateways added them again: a host counted twice fleet-wide.
@Suite struct FleetRestartTests {
    private let compute = "hq_compute_1d"
    private let dtn = "tq_dtn_1d"
    private let first = HostID("10.20.1.1")!
    private let second = HostID("10.20.1.2")!

    private func remote(_ quota: String, _ window: Int64, _ hosts: [String: UInt64]) -> FleetUsage {
        FleetUsage(quotaID: quota, window: window, hosts: Dictionary(uniqueKeysWithValues: hosts.map { (HostID($0.key)!, $0.value) }))
    }

    private func window(_ h: Harness) -> Int64 {
        QuotaWindow(containing: h.clock.now(), length: 86_400).start
    }

    private func own(_ h: Harness, _ quota: String) -> [HostID: UInt64]? {
        h.engine.fleetUsage().first { $0.quotaID == quota }?.hosts
    }

    /// 100 kB of its own and 300 kB from the others for one host, 50 kB from the others for a host
    /// it never carried, and a group total of 1 kB own and 4 kB from the others.
    private func addedFromTheOthers(_ h: Harness) {
        h.start()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 100_000)
        h.kernel.charge(object: dtn, bytes: 1_000)
        h.poll()
        h.run(h.engine.absorbFleet(FleetInbox(remoteUsage: [remote(compute, window(h), ["10.20.1.1": 300_000, "10.20.1.2": 50_000]),
                                                            remote(dtn, window(h), ["*": 4_000])])))
        h.poll()
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.1") == 400_000)
        #expect(h.kernel.consumed(object: dtn) == 5_000)
    }

    @Test("a watcher down longer than its lease publishes only its own bytes and adds none twice",
          arguments: [true, false])
    func aRestartAfterTheLeaseRanOut(cleanStop: Bool) {
        let h = Harness(TestPolicies.gateway)
        addedFromTheOthers(h)
        if cleanStop {
            h.run(h.engine.stop())
        } else {
            // Killed after a flush wrote the figures: nothing else is written.
            h.clock.advance(h.configuration.flushInterval.secondsValue + 1)
            h.poll()
        }
        // Down for 30 s, its etcd keys gone with the lease; the kernel keeps counting the host.
        h.clock.advance(30)
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 5_000)
        h.restart()
        h.start()
        h.poll()
        // Before etcd answers, what it publishes is already its own only.
        #expect(own(h, compute)?[first] == 105_000)
        #expect(own(h, compute)?[second] == nil)
        #expect(own(h, dtn) == [.groupTotal: 1_000])
        // etcd answers with the others' figures and none of this gateway's.
        h.run(h.engine.absorbFleet(FleetInbox(remoteUsage: [remote(compute, window(h), ["10.20.1.1": 300_000, "10.20.1.2": 50_000]),
                                                            remote(dtn, window(h), ["*": 4_000])], ownPublished: [])))
        h.poll()
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.1") == 405_000)
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.2") == 50_000)
        #expect(h.kernel.consumed(object: dtn) == 5_000)
        #expect(own(h, compute)?[first] == 105_000)
        #expect(own(h, compute)?[second] == nil)
        #expect(own(h, dtn) == [.groupTotal: 1_000])
        // What the others spend from now on is added, and only that.
        h.run(h.engine.absorbFleet(FleetInbox(remoteUsage: [remote(compute, window(h), ["10.20.1.1": 320_000])])))
        h.poll()
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.1") == 425_000)
        #expect(own(h, compute)?[first] == 105_000)
    }

    /// A kernel that lost the figures (a reboot) gets them back from the store, the others' part
    /// with them, and that part is still not this gateway's own.
    @Test func aRebootPutsTheOthersBytesBackAndStillTellsThemApart() {
        let h = Harness(TestPolicies.gateway)
        addedFromTheOthers(h)
        h.run(h.engine.stop())
        h.kernel.wipe()
        h.restart()
        h.start()
        h.poll()
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.1") == 400_000)
        #expect(own(h, compute)?[first] == 100_000)
        #expect(own(h, compute)?[second] == nil)
    }

    /// Killed before the flush wrote what it last added, with its etcd keys still there: the two
    /// accounts disagree, and the larger part taken as added wins (neither the others' bytes
    /// published as its own nor added twice). A total's contributors are not shared, and nothing
    /// of theirs is taken as added.
    @Test func theLargerAccountOfWhatWasAddedWins() {
        let h = Harness(TestPolicies.gateway)
        h.kernel.charge(set: "tq_dtn_1d_v4", host: "10.30.0.11", bytes: 1_000)
        addedFromTheOthers(h)
        h.clock.advance(h.configuration.flushInterval.secondsValue + 1)
        h.poll()
        let published = h.engine.fleetUsage()
        // 50 kB more from the others, added to the kernel but not yet written to the store.
        h.run(h.engine.absorbFleet(FleetInbox(remoteUsage: [remote(compute, window(h), ["10.20.1.1": 350_000])])))
        h.poll()
        h.restart()
        h.start()
        h.poll()
        h.run(h.engine.absorbFleet(FleetInbox(remoteUsage: [remote(compute, window(h), ["10.20.1.1": 350_000])],
                                              ownPublished: published)))
        h.poll()
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.1") == 450_000)
        #expect(own(h, compute)?[first] == 100_000)
        #expect(h.kernel.consumed(object: dtn) == 5_000)
        #expect(own(h, dtn) == [.groupTotal: 1_000])
        h.run(h.engine.stop())
        let today = QuotaWindow(start: window(h), length: 86_400)
        #expect(h.store.remoteUsage(compute, "10.20.1.1", window: today) == 350_000)
        #expect(h.store.remoteUsage(dtn, "*", window: today) == 4_000)
        #expect(h.store.remoteUsage(dtn, "10.30.0.11", window: today) == 0)
    }

    /// The part from the others belongs to its window, as the usage does: the next window starts
    /// with none, stored or known, and a restart in it takes nothing off its own bytes.
    @Test func aNewWindowStartsWithNothingFromTheOthers() {
        let h = Harness(TestPolicies.gateway)
        addedFromTheOthers(h)
        let old = QuotaWindow(start: window(h), length: 86_400)
        h.clock.advance(h.configuration.flushInterval.secondsValue + 1)
        h.poll()
        #expect(h.store.remoteUsage(compute, "10.20.1.1", window: old) == 300_000)
        h.clock.advance(Double(old.end) - h.clock.now().timeIntervalSince1970 + 1)
        h.poll()
        let next = QuotaWindow(start: window(h), length: 86_400)
        #expect(next.start == old.end)
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 10_000)
        h.poll()
        h.run(h.engine.stop())
        h.restart()
        h.start()
        h.poll()
        #expect(h.store.remoteUsage(compute, "10.20.1.1", window: next) ?? 0 == 0)
        #expect(h.store.remoteUsage(compute, "10.20.1.1", window: old) == 300_000)
        #expect(own(h, compute)?[first] == 10_000)
    }
}
