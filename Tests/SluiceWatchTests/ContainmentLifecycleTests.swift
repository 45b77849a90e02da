import Foundation
import SluiceCompiler
import SluiceLanguage
import Testing
@testable import SluiceWatch

@Suite struct ContainmentLifecycleTests {
    @Test func expiryIsNoticedAndRecordedAtTheExpiryTime() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.handle(h.quotaLog("hq_login_1h", from: "10.10.1.5"))   // block for 1h
        h.clock.advance(1_800)
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_v4") == ["10.10.1.5"])
        h.clock.advance(1_800 + 3)
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_v4").isEmpty)
        let record = try #require(h.store.allContainments.first)
        #expect(record.released == FakeClock.noon.addingTimeInterval(3_600))
        #expect(h.alerts.map(\.event) == ["contained", "expired"])
        #expect(h.alerts[1].line.contains(#""action":"block","expires":"2026-03-10T13:00:00Z","since":"2026-03-10T12:00:00Z","reason":"quota hq_login_1h exceeded""#))
        #expect(h.engine.status().containments.isEmpty)
        h.poll()
        #expect(h.writer.lines.count == 2)
    }

    @Test func anExpiryWhileNoWatcherRanIsAlertedOnceAtTheNextStart() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.handle(h.quotaLog("hq_login_1h", from: "10.10.1.5"))   // block for 1h
        // The watcher dies; the kernel ends the block on time without it.
        h.restart()
        h.clock.advance(3_700)
        h.start()
        #expect(h.alerts.map(\.event) == ["contained", "expired"])
        #expect(h.alerts.last?.line.contains(#""time":"2026-03-10T13:00:00Z","event":"expired""#) == true)
        #expect(h.store.allContainments.first?.released == FakeClock.noon.addingTimeInterval(3_600))
        h.restart()
        h.start()
        h.poll()
        #expect(h.alerts.count == 2)
    }

    @Test func aReleaseIsNoticedAndAlerted() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.handle(h.quotaLog("hq_compute_1d", from: "10.20.1.1"))
        h.clock.advance(60)
        // `sluice release`: the store first, then the kernel.
        h.store.release("10.20.1.1", at: h.clock.now())
        h.kernel.remove(set: "blocked_v4", host: "10.20.1.1")
        h.poll()
        #expect(h.alerts.map(\.event) == ["contained", "released"])
        #expect(h.engine.status().containments.isEmpty)
        // Still over its quota in this window, but an operator's release stands.
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_v4").isEmpty)
    }

    @Test func aContainmentTheKernelLostIsPutBackAfterTheGrace() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.handle(h.quotaLog("hq_compute_1d", from: "10.20.1.1"))
        h.kernel.remove(set: "blocked_v4", host: "10.20.1.1")
        h.clock.advance(1)
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_v4").isEmpty, "put back before the grace")
        h.clock.advance(2)
        h.poll()
        let element = try #require(h.kernel.element("blocked_v4", "10.20.1.1"))
        #expect(element.timeout == 86_400_000 - 3_000)
        #expect(h.alerts.map(\.event) == ["contained"])
    }

    @Test func containmentsAddedFromOutsideAreLearnedWithTheirRecord() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        let since = h.clock.now()
        try h.store.putContainment(StoredContainment(table: "sluice", host: .address(FakeKernel.address("10.20.9.9")),
                                                     level: .isolate, since: since, expires: since.addingTimeInterval(600),
                                                     reason: "suspicious beaconing", origin: .manual))
        try h.kernel.addElements([SetElement(.address(AddressRange(FakeKernel.address("10.20.9.9"))), timeout: 600_000)],
                                 table: "sluice", set: "isolated_v4")
        h.poll()
        let c = try #require(h.engine.status().containments.first)
        #expect(c.reason == "suspicious beaconing")
        #expect(c.origin == .manual)
        #expect(c.level == .isolate)
        #expect(c.expires == since.addingTimeInterval(600))
        h.clock.advance(601)
        h.poll()
        #expect(h.alerts.map(\.event) == ["expired"])
        #expect(h.store.allContainments.first?.released == since.addingTimeInterval(600))
    }

    @Test("a containment the kernel holds with no record is recorded, at the start and at a poll")
    func unrecordedContainmentsAreAdopted() throws {
        let h = Harness(TestPolicies.gateway)
        // An isolate killed between its kernel write and its record, before the watcher started...
        try h.kernel.addElements([SetElement(.address(AddressRange(FakeKernel.address("10.20.9.9"))), timeout: 600_000)],
                                 table: "sluice", set: "isolated_v4")
        h.start()
        // ...and a block the same way while it runs.
        try h.kernel.addElements([SetElement(.address(AddressRange(FakeKernel.address("10.20.9.8"))))],
                                 table: "sluice", set: "blocked_v4")
        h.poll()
        let records = h.store.allContainments.map(\.record).sorted { $0.host < $1.host }
        #expect(records.map { "\($0.host) \($0.level.rawValue) \($0.reason)" } == [
            "10.20.9.8 block found in the kernel with no record", "10.20.9.9 isolate found in the kernel with no record",
        ])
        #expect(records.first?.expires == nil && records.last?.expires == FakeClock.noon.addingTimeInterval(600))
        // Recorded once: the next poll knows them.
        h.poll()
        #expect(h.store.allContainments.count == 2)
        #expect(h.engine.status().containments.count == 2)
    }

    @Test func aContainmentAddedDuringAPollIsNotTakenForReleased() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        let plan = h.engine.pollPlan()
        let readings = plan.read(kernel: h.kernel, store: h.store)
        h.handle(h.quotaLog("hq_compute_1d", from: "10.20.1.1"))   // between the reads and their absorption
        h.run(h.engine.absorb(readings))
        #expect(h.engine.status().containments.map(\.host.description) == ["10.20.1.1"])
        #expect(h.alerts.map(\.event) == ["contained"])
    }
}
