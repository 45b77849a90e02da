import Foundation
import SluiceCompiler
import SluiceLanguage
import Testing
@testable import SluiceWatch

@Suite struct DurabilityTests {
    static let day = QuotaWindow(containing: FakeClock.noon, length: 86_400)
    static let hour = QuotaWindow(containing: FakeClock.noon, length: 3_600)

    static func usage(_ quota: String, _ host: String, _ window: QuotaWindow, _ bytes: UInt64) -> StoredUsage {
        StoredUsage(table: "sluice", quotaID: quota, host: HostID(host) ?? .groupTotal, window: window, bytes: bytes,
                    updated: FakeClock.noon)
    }

    @Test func startPutsRecordedUsageBackWhereTheKernelHasLess() throws {
        let h = Harness(TestPolicies.gateway)
        h.store.seedUsage([
            Self.usage("hq_compute_1d", "10.20.1.1", Self.day, 600_000),
            Self.usage("hq_compute_1d", "10.20.1.2", Self.day, 100_000),
            Self.usage("hq_compute_1d", "10.20.1.3", Self.day.previous, 900_000),   // an older window: not restored
            Self.usage("tq_dtn_1d", "*", Self.day, 5_000_000),
            Self.usage("tq_dtn_1d", "10.30.0.11", Self.day, 5_000_000),
        ])
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 100_000)
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.2", bytes: 300_000)
        h.kernel.charge(set: "tq_dtn_1d_v4", host: "10.30.0.11", bytes: 1_000)
        h.start()

        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.1") == 600_000)
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.2") == 300_000)
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.3") == nil)
        #expect(h.kernel.consumed(object: "tq_dtn_1d") == 5_000_000)
        // The kernel had more: the store follows it.
        #expect(h.store.usage("hq_compute_1d", "10.20.1.2", window: Self.day) == 300_000)
        #expect(h.store.usage("hq_compute_1d", "10.20.1.1", window: Self.day) == 600_000)
        // Counters cannot be restored: the watcher adds what the kernel lost to what it counts now.
        h.kernel.charge(set: "tq_dtn_1d_v4", host: "10.30.0.11", bytes: 500)
        h.poll()
        let status = h.engine.status()
        let dtn = try #require(status.quotas.first { $0.id == "tq_dtn_1d" })
        #expect(dtn.hosts.map(\.host.description) == ["*", "10.30.0.11"])
        #expect(dtn.hosts.map(\.used) == [5_000_000, 5_001_500])
    }

    @Test func usageLostByTheKernelWhileRunningIsPutBack() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 700_000)
        h.kernel.charge(object: "tq_dtn_1d", bytes: 2_000_000)
        h.poll()
        h.kernel.wipe()   // someone recreated the table
        h.poll()
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.1") == 700_000)
        #expect(h.kernel.consumed(object: "tq_dtn_1d") == 2_000_000)
    }

    @Test func containmentsComeBackAfterAReboot() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.handle(h.quotaLog("hq_compute_1d", from: "10.20.1.1"))
        h.handle(h.quotaLog("hq_compute_1d", from: "10.20.0.0"))
        h.run(h.engine.stop())
        h.clock.advance(3_600)
        h.kernel.wipe()
        h.restart()
        h.start()
        let element = try #require(h.kernel.element("blocked_v4", "10.20.1.1"))
        #expect(element.timeout == 23 * 3_600_000)
        #expect(h.kernel.hosts(in: "blocked_v4") == ["10.20.0.0", "10.20.1.1"])
        // The usage that spent the quota came back too, and the restart does not act twice.
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.1") == 1_000_000)
        h.poll()
        #expect(h.store.incidents.count == 2)
        #expect(h.writer.lines.count == 2)
        #expect(h.engine.status().containments.map(\.origin) == [.watcher, .watcher])
    }

    @Test func usageIsWrittenAtTheFlushIntervalNotEveryPoll() {
        let h = Harness(TestPolicies.gateway)
        h.start()
        let writes = h.store.usageWrites
        for second in 1...9 {
            h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 1_000)
            h.clock.advance(1)
            h.poll()
            #expect(h.store.usageWrites == writes, "wrote usage after \(second) s")
        }
        h.clock.advance(1)
        h.poll()
        #expect(h.store.usageWrites == writes + 1)
        #expect(h.store.usage("hq_compute_1d", "10.20.1.1", window: Self.day) == 9_000)
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 5)
        h.poll()
        h.run(h.engine.stop())
        #expect(h.store.usage("hq_compute_1d", "10.20.1.1", window: Self.day) == 9_005)
    }

    @Test func rolloverClosesTheWindowAndKeepsContainment() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 500_000)
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.2", bytes: 1_200_000)
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_v4") == ["10.20.1.2"])

        h.clock.set(Self.day.endDate.addingTimeInterval(5))
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 100_000)   // before the reset
        h.poll()
        let next = QuotaWindow(start: Self.day.end, length: 86_400)
        #expect(h.kernel.operations.contains("reset hq_compute_1d_v4"))
        #expect(h.store.usage("hq_compute_1d", "10.20.1.1", window: Self.day) == 600_000)
        #expect(h.store.usage("hq_compute_1d", "10.20.1.2", window: Self.day) == 1_000_000)
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.1") == 0)
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.2") == 0)
        #expect(h.kernel.hosts(in: "blocked_v4") == ["10.20.1.2"])
        // The window mark moved on: a restart now knows the kernel counts the new window.
        #expect(h.store.windowMarks["hq_compute_1d"] == next.start)

        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 300_000)
        h.poll()
        h.run(h.engine.stop())
        #expect(h.store.usage("hq_compute_1d", "10.20.1.1", window: next) == 300_000)
        #expect(h.store.usage("hq_compute_1d", "10.20.1.1", window: Self.day) == 600_000)
        let status = h.engine.status()
        let compute = try #require(status.quotas.first { $0.id == "hq_compute_1d" })
        #expect(compute.window == next)
        #expect(compute.resets == next.endDate)
        #expect(compute.hosts.map(\.used) == [300_000])
        // Spending the new window's quota contains again (a new incident in a new window).
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 700_000)
        h.poll()
        #expect(h.store.incidents.map(\.window) == [Self.day, next])
    }

    @Test func aWindowThatEndedWhileNoWatcherRanIsFinishedAtStart() throws {
        let h = Harness(TestPolicies.gateway)
        h.store.seedMarks(["hq_compute_1d": Self.day.previous.start])
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 700_000)
        h.start()
        #expect(h.store.usage("hq_compute_1d", "10.20.1.1", window: Self.day.previous) == 700_000)
        #expect(h.store.usage("hq_compute_1d", "10.20.1.1", window: Self.day) == nil)
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.1") == 0)
        #expect(h.store.windowMarks["hq_compute_1d"] == Self.day.start)
    }

    /// A host that spent its quota while no watcher ran, in a window that ended before one started
    /// again: the kernel stopped it only until the boundary. It is contained, recorded and alerted
    /// at start, once: a second start (or a first watcher that had acted) does not act again.
    @Test func anExceedInAWindowThatEndedWhileNoWatcherRanIsActedOnAtStart() throws {
        let h = Harness(TestPolicies.gateway)
        h.store.seedMarks(["hq_compute_1d": Self.day.previous.start])
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 1_200_000)
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.2", bytes: 300_000)
        h.start()
        #expect(h.kernel.hosts(in: "blocked_v4") == ["10.20.1.1"])
        #expect(h.store.incidents.map(\.window) == [Self.day.previous])
        #expect(h.store.incidents.map(\.host) == [.address(FakeKernel.address("10.20.1.1"))])
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.1") == 0, "the new window starts afresh")

        let again = Harness(TestPolicies.gateway, store: h.store)
        again.store.seedMarks(["hq_compute_1d": Self.day.previous.start])
        again.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 1_200_000)
        again.start()
        #expect(again.store.incidents.count == 1, "acted on twice: \(again.store.incidents.map(\.window))")
    }
}

extension QuotaWindow {
    var previous: QuotaWindow { QuotaWindow(start: start - Int64(length), length: length) }
}

extension MemoryStore {
    var windowMarks: [String: Int64] { (try? windowMarks(table: "sluice")) ?? [:] }
}
