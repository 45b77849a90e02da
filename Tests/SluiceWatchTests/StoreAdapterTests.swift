import SluiceCompiler
import Foundation
import Logging
import SluiceStore
import Testing
@testable import SluiceWatch

@Suite struct StoreAdapterTests {
    static let day = QuotaWindow(containing: FakeClock.noon, length: 86_400)

    static func open(_ dir: TemporaryDirectory) throws -> SluiceStoreAdapter {
        SluiceStoreAdapter(try SluiceStore(directory: dir.path + "/state"))
    }

    static func figures(_ quotaID: String, _ hosts: [HostBytes]) -> UsageFigures {
        UsageFigures(table: "sluice", quotaID: quotaID, window: day, updated: FakeClock.noon, hosts: hosts)
    }

    @Test func theAdapterKeepsTheStoresSemantics() throws {
        let dir = try TemporaryDirectory()
        let store = try Self.open(dir)
        let host = HostID.address(FakeKernel.address("10.20.1.1"))
        try store.recordUsage(Self.figures("hq_compute_1d", [HostBytes(host: host, bytes: 500)]))
        try store.recordUsage(Self.figures("hq_compute_1d", [HostBytes(host: host, bytes: 200)]))
        try store.recordUsage(Self.figures("tq_dtn_1d", [HostBytes(host: .groupTotal, bytes: 7)]))
        let usage = try store.currentUsage(table: "sluice", at: FakeClock.noon)
        #expect(usage.map(\.bytes) == [500, 7])
        #expect(usage.map(\.host) == [host, .groupTotal])
        #expect(usage.first?.window == Self.day)

        let draft = IncidentDraft(table: "sluice", time: FakeClock.noon, host: host, groups: ["compute"], quotaID: "hq_compute_1d",
                                  window: Self.day, bytes: 500, budget: 500, actions: ["block for 1h"],
                                  containmentExpires: FakeClock.noon.addingTimeInterval(3_600), details: "{}")
        let id = try store.recordIncident(draft)
        #expect(try store.incidentKeys(table: "sluice", since: Self.day.startDate).map(\.key) == [draft.key])
        try store.putContainment(StoredContainment(table: "sluice", host: host, level: .block, since: FakeClock.noon,
                                                   expires: FakeClock.noon.addingTimeInterval(3_600), reason: "r",
                                                   origin: .watcher, incidentID: id))
        let active = try store.activeContainments(table: "sluice", at: FakeClock.noon)
        #expect(active.map(\.incidentID) == [id])
        #expect(active.map(\.level) == [.block])
        // Expired but never ended: what a start alerts as an expiry nobody heard of.
        #expect(try store.unendedContainments(table: "sluice").map(\.incidentID) == [id])
        // Ending an isolation leaves the block alone; ending the block closes it.
        try store.endContainment(table: "sluice", host: host, level: .isolate, at: FakeClock.noon.addingTimeInterval(60))
        #expect(try store.activeContainments(table: "sluice", at: FakeClock.noon.addingTimeInterval(60)).count == 1)
        try store.endContainment(table: "sluice", host: host, level: .block, at: FakeClock.noon.addingTimeInterval(60))
        #expect(try store.activeContainments(table: "sluice", at: FakeClock.noon.addingTimeInterval(60)).isEmpty)
        #expect(try store.unendedContainments(table: "sluice").isEmpty)
        #expect(try store.store.containmentHistory(table: "sluice", host: "10.20.1.1").first?.released
            == FakeClock.noon.addingTimeInterval(60))

        #expect(try store.windowMarks(table: "sluice").isEmpty)
        try store.recordWindowMarks(table: "sluice", ["hq_compute_1d": Self.day.start])
        #expect(try Self.open(dir).windowMarks(table: "sluice") == ["hq_compute_1d": Self.day.start])
        #expect(throws: StoreError.self) { try store.windowMarks(table: "../etc") }
    }

    /// The adapter writes hosts without the store parsing them again; they must land on the rows
    /// the store's own normalisation picks, or usage written by `sluice` and by the watcher would
    /// split into two rows per host.
    @Test(arguments: ["10.20.1.1", "2001:db8::1", "2001:db8:0:1:0:0:0:1", "fd00:0:0:0::a", "::ffff:10.0.0.1"])
    func hostsWrittenWithoutParsingMatchTheStoresForm(text: String) throws {
        let dir = try TemporaryDirectory()
        let adapter = try Self.open(dir)
        let host = try #require(HostID(text))
        try adapter.recordUsage(Self.figures("hq_compute_1d", [HostBytes(host: host, bytes: 500)]))
        // The same host as an operator might type it, through the path that normalises.
        try adapter.store.recordUsage(table: "sluice", quotaID: "hq_compute_1d", host: text.uppercased(),
                                      windowStart: Self.day.start, windowLength: Self.day.length, bytes: 900,
                                      at: FakeClock.noon)
        let rows = try adapter.store.currentUsage(table: "sluice", at: FakeClock.noon)
        #expect(rows.count == 1)
        #expect(rows.first?.bytes == 900)
        #expect(rows.first?.host == host.description)
    }

    @Test func theWatcherSurvivesARebootWithTheRealStore() throws {
        let dir = try TemporaryDirectory()
        let compiled = TestPolicies.compile(TestPolicies.gateway)
        let adapter = try Self.open(dir)
        _ = try adapter.store.recordVersion(table: "sluice", hash: "h1", message: "test", sources: [], compiled: compiled,
                                            at: FakeClock.noon)
        #expect(try adapter.liveVersionID(table: "sluice") != nil)
        let h = Harness(TestPolicies.gateway)
        let engine = WatchEngine(compiled: compiled, configuration: .sweepingEveryPoll, kernel: h.kernel, store: adapter,
                                 clock: h.clock, logger: Logger(label: "test.engine"))
        let executor = EffectExecutor(store: adapter, alerts: h.dispatcher, table: "sluice")
        executor.run(engine.start())
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.2", bytes: 400_000)
        executor.run(engine.handle(h.quotaLog("hq_login_1h", from: "10.10.1.5")).effects)
        executor.run(engine.poll())
        executor.run(engine.stop())
        let containment = try #require(try adapter.store.containment(table: "sluice", host: "10.10.1.5"))
        #expect(containment.incidentID != nil)
        #expect(containment.source == .watcher)

        h.clock.advance(600)
        h.kernel.wipe()
        let reopened = try Self.open(dir)
        let again = WatchEngine(compiled: compiled, configuration: .sweepingEveryPoll, kernel: h.kernel, store: reopened,
                                clock: h.clock, logger: Logger(label: "test.engine"))
        let effects = again.start()
        EffectExecutor(store: reopened, alerts: h.dispatcher, table: "sluice").run(effects)
        #expect(h.kernel.element("blocked_v4", "10.10.1.5")?.timeout == 3_000_000)
        #expect(h.kernel.consumed(set: "hq_compute_1d_v4", host: "10.20.1.2") == 400_000)
        #expect(h.kernel.consumed(set: "hq_login_1h_v4", host: "10.10.1.5") == 2_000_000)
        #expect(try reopened.store.incidents(table: "sluice").count == 1)
        #expect(try reopened.windowMarks(table: "sluice")["hq_compute_1d"] == Self.day.start)
    }

    /// What a fleet watcher added from the other gateways goes through SQLite with the usage and
    /// comes back at start: the restarted engine publishes only its own bytes.
    @Test func theFleetsPartSurvivesARestartWithTheRealStore() throws {
        let dir = try TemporaryDirectory()
        let compiled = TestPolicies.compile(TestPolicies.gateway)
        let h = Harness(TestPolicies.gateway)
        let host = HostID.address(FakeKernel.address("10.20.1.2"))
        func engine() throws -> (WatchEngine, EffectExecutor) {
            let adapter = try Self.open(dir)
            return (WatchEngine(compiled: compiled, configuration: .sweepingEveryPoll, kernel: h.kernel, store: adapter,
                                clock: h.clock, logger: Logger(label: "test.engine")),
                    EffectExecutor(store: adapter, alerts: h.dispatcher, table: "sluice"))
        }
        let (first, executor) = try engine()
        executor.run(first.start())
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.2", bytes: 100_000)
        executor.run(first.poll())
        executor.run(first.absorbFleet(FleetInbox(remoteUsage: [FleetUsage(quotaID: "hq_compute_1d", window: Self.day.start,
                                                                           hosts: [host: 300_000])])))
        executor.run(first.poll())
        executor.run(first.stop())
        let rows = try Self.open(dir).currentUsage(table: "sluice", at: FakeClock.noon)
        #expect(rows.map(\.bytes) == [400_000] && rows.map(\.remote) == [300_000])

        h.clock.advance(30)
        let (second, again) = try engine()
        again.run(second.start())
        again.run(second.poll())
        #expect(second.fleetUsage().first { $0.quotaID == "hq_compute_1d" }?.hosts == [host: 100_000])
    }
}
