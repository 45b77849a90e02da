import Foundation
import SluiceCompiler
import Testing
@testable import SluiceWatch

/// The flush hands the store one quota's figures at a time (bench/WATCH.md: the flush's peak
/// memory); these check that nothing changed in what is written.
@Suite struct FlushTests {
    static let day = QuotaWindow(containing: FakeClock.noon, length: 86_400)
    static let hour = QuotaWindow(containing: FakeClock.noon, length: 3_600)

    /// The figures of the `.recordUsage` effects, by quota, each as "host=bytes" sorted.
    static func written(_ effects: [WatchEffect]) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for case .recordUsage(let figures) in effects {
            #expect(out[figures.quotaID] == nil, "two writes of \(figures.quotaID) in one flush")
            out[figures.quotaID] = figures.hosts.map { "\($0.host)=\($0.bytes)" }.sorted()
        }
        return out
    }

    @Test func aFlushWritesEachQuotaWithEveryChangedHostAndThenOnlyWhatChangedAgain() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        for i in 1...300 {
            h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.\(i / 250).\(i % 250)", bytes: UInt64(i))
        }
        h.kernel.charge(set: "hq_login_1h_v4", host: "10.10.1.5", bytes: 70)
        h.kernel.charge(set: "hq_login_1h_v6", host: "fd00:10::5", bytes: 80)
        h.kernel.charge(object: "tq_dtn_1d", bytes: 90)
        h.kernel.charge(set: "tq_dtn_1d_v4", host: "10.30.0.11", bytes: 90)
        h.clock.advance(10)
        let first = Self.written(h.poll())
        #expect(Set(first.keys) == ["hq_compute_1d", "hq_login_1h", "tq_dtn_1d"])
        #expect(first["hq_compute_1d"]?.count == 300)
        #expect(first["hq_login_1h"] == ["10.10.1.5=70", "fd00:10::5=80"])
        #expect(first["tq_dtn_1d"] == ["*=90", "10.30.0.11=90"])
        for i in 1...300 {
            #expect(h.store.usage("hq_compute_1d", "10.20.\(i / 250).\(i % 250)", window: Self.day) == UInt64(i))
        }
        #expect(h.store.usage("hq_login_1h", "fd00:10::5", window: Self.hour) == 80)

        // The next flush: only the hosts that counted more since.
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.0.7", bytes: 1_000)
        h.clock.advance(10)
        #expect(Self.written(h.poll()) == ["hq_compute_1d": ["10.20.0.7=1007"]])
        h.clock.advance(10)
        #expect(Self.written(h.poll()).isEmpty)
        #expect(h.store.usage("hq_compute_1d", "10.20.0.7", window: Self.day) == 1_007)
    }

    @Test func whatChangedAfterTheLastFlushIsWrittenAtAStopAndComesBack() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 500)
        h.clock.advance(10)
        h.poll()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 5)
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.2", bytes: 6)
        h.kernel.charge(set: "hq_login_1h_v4", host: "10.10.1.5", bytes: 7)
        h.clock.advance(1)
        h.poll()
        #expect(Self.written(h.run(h.engine.stop())) == [
            "hq_compute_1d": ["10.20.1.1=505", "10.20.1.2=6"], "hq_login_1h": ["10.10.1.5=7"]])
        // A reboot: the kernel lost everything, the store has it, the next watcher puts it back.
        h.kernel.wipe()
        h.restart()
        h.start()
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.1") == 505)
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.2") == 6)
        #expect(h.kernel.consumed(set: "hq_login_1h_v4", host: "10.10.1.5") == 7)
    }
}
