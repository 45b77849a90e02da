import Foundation
import Testing
@testable import SluiceWatch

/// Reading every host's usage is paced (`sweepShare`); quota objects and containment are read at
/// every poll, and anything that asks for a full read gets it at once.
@Suite struct SweepTests {
    private func used(_ h: Harness, _ quota: String, _ host: String) -> UInt64? {
        h.engine.status().quotas.first { $0.id == quota }?.hosts.first { $0.host.description == host }?.used
    }

    @Test func perHostSetsArePacedWhileObjectsAreReadEveryPoll() {
        let h = Harness(TestPolicies.gateway, configuration: WatchConfiguration())
        h.start()
        h.poll()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 500)
        h.kernel.charge(object: "tq_dtn_1d", bytes: 700)
        // The fake clock has not moved: the per-host sweep is not due, the object read is.
        h.poll()
        #expect(used(h, "tq_dtn_1d", "*") == 700)
        #expect(used(h, "hq_compute_1d", "10.20.1.1") == nil)
        // A sweep of microseconds at a 0.5% share is due again well within a second.
        h.clock.advance(1)
        h.poll()
        #expect(used(h, "hq_compute_1d", "10.20.1.1") == 500)
    }

    /// Pacing budgets the reading thread's CPU time, and is capped: on a busy machine, or with so
    /// many hosts that a sweep is expensive, a host whose quota event was lost is still found
    /// within `sweepMaxInterval`.
    @Test func anExpensiveSweepStillComesBackWithinTheLongestInterval() {
        let h = Harness(TestPolicies.gateway, configuration: WatchConfiguration())
        h.start()
        var readings = h.engine.pollPlan().read(kernel: h.kernel, store: h.store)
        #expect(readings.plan.sweep)
        #expect(readings.cpuTime > .zero && readings.cpuTime <= readings.duration + .milliseconds(10))
        readings.cpuTime = .seconds(2)  // 400 s at a 0.5% share
        h.run(h.engine.absorb(readings))
        #expect(h.engine.nextSweep == h.clock.now().addingTimeInterval(3))
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 500)
        h.clock.advance(2.9)
        h.poll()
        #expect(used(h, "hq_compute_1d", "10.20.1.1") == nil)
        h.clock.advance(0.1)
        h.poll()
        #expect(used(h, "hq_compute_1d", "10.20.1.1") == 500)
    }

    /// The pacing charges a sweep what it costs beyond a poll without one (quota objects,
    /// containment sets): where every poll costs about the same, the sweep comes at every poll,
    /// and a sweep that costs 10 ms more waits 10 ms / 0.5% = 2 s.
    @Test func aSweepIsChargedOnlyWhatItCostsBeyondAPlainPoll() {
        let h = Harness(TestPolicies.gateway, configuration: WatchConfiguration())
        h.start()
        h.poll()
        h.engine.nextSweep = .distantFuture
        var plain = h.engine.pollPlan().read(kernel: h.kernel, store: h.store)
        #expect(!plain.plan.sweep)
        plain.cpuTime = .milliseconds(40)
        h.run(h.engine.absorb(plain))
        func sweep(costing cost: Duration) -> Double {
            h.engine.requestSweep()
            var readings = h.engine.pollPlan().read(kernel: h.kernel, store: h.store)
            readings.cpuTime = cost
            h.run(h.engine.absorb(readings))
            return h.engine.nextSweep.timeIntervalSince(h.clock.now())
        }
        #expect(sweep(costing: .milliseconds(40)) < 1)
        let wait = sweep(costing: .milliseconds(50))
        #expect(wait > 1.5 && wait < 2.6, "waited \(wait) s")
    }

    @Test func anEventOrAReloadAsksForAFullReadAtOnce() throws {
        let h = Harness(TestPolicies.gateway, configuration: WatchConfiguration())
        h.start()
        h.poll()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 300)
        h.engine.requestSweep()
        h.poll()
        #expect(used(h, "hq_compute_1d", "10.20.1.1") == 300)
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 100)
        h.run(try h.engine.reload(h.compiled))
        h.poll()
        #expect(used(h, "hq_compute_1d", "10.20.1.1") == 400)
    }

    @Test func aWindowBoundaryAlwaysReadsAndResets() {
        let h = Harness(TestPolicies.gateway, configuration: WatchConfiguration())
        h.start()
        h.poll()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 900)
        // Past midnight UTC, without a sweep due otherwise: the rollover still reads every host.
        h.clock.advance(12 * 3_600 + 1)
        h.engine.nextSweep = .distantFuture
        h.poll()
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.1") == 0)
    }

    /// A total quota's per-host attribution counters show no spent quota (its object does, at
    /// every poll), so sweeps leave them until their figures are written (the flush), until
    /// something asks (a spent total names its contributors from them), or at a window end.
    @Test func attributionCountersAreReadForTheFlushOrWhenAskedNotAtEverySweep() throws {
        let h = Harness(TestPolicies.gateway, configuration: WatchConfiguration())
        h.start()
        h.poll()
        let dtn = try #require(h.compiled.quotas.first { $0.id == "tq_dtn_1d" })
        let attribution = try #require(dtn.accounting.hostSets.first)
        let compute = try #require(h.compiled.quotas.first { $0.id == "hq_compute_1d" }?.accounting.hostSets.first)
        h.kernel.charge(set: attribution, host: "10.30.0.11", bytes: 400)
        h.kernel.charge(set: compute, host: "10.20.1.1", bytes: 500)
        h.clock.advance(1)
        let before = h.kernel.operations.count
        h.poll()
        let reads = h.kernel.operations.dropFirst(before)
        #expect(reads.contains("read \(compute)"), "the sweep is due: \(reads)")
        #expect(!reads.contains("read \(attribution)"), "the flush is not: \(reads)")
        #expect(used(h, "hq_compute_1d", "10.20.1.1") == 500)
        #expect(used(h, "tq_dtn_1d", "10.30.0.11") == nil)
        // The flush is due: read first, so what is written is fresh.
        h.clock.advance(10)
        h.poll()
        #expect(used(h, "tq_dtn_1d", "10.30.0.11") == 400)
        let window = QuotaWindow(containing: h.clock.now(), length: dtn.window)
        #expect(h.store.usage("tq_dtn_1d", "10.30.0.11", window: window) == 400, "written at the flush")
        // Asked for (an event): read at once.
        h.kernel.charge(set: attribution, host: "10.30.0.11", bytes: 100)
        h.clock.advance(1)
        h.engine.requestSweep()
        h.poll()
        #expect(used(h, "tq_dtn_1d", "10.30.0.11") == 500)
    }
}
