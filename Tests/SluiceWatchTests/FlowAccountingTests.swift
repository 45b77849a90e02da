import Foundation
import Logging
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import SluiceStore
import Testing
@testable import SluiceWatch

/// Flow accounting over a fake conntrack table: which connections count and with which verdict,
/// every byte exactly once across reset reads and ends, hourly rollups, and the service's flow
/// thread (first read at start, flushes, a last read and flush at a clean stop).
@Suite struct FlowAccountingTests {
    static let compiled = TestPolicies.compile(TestPolicies.audited)
    static let wouldDeny: UInt32 = 1 << 30

    static func connection(_ source: String, _ destination: String, port: UInt16 = 443, bytes: UInt64,
                           mark: UInt32 = 0) -> TrackedConnection {
        TrackedConnection(source: FakeKernel.address(source), destination: FakeKernel.address(destination), transport: 6,
                          destinationPort: port, bytes: bytes, packets: 1, mark: mark)
    }

    static func rollups(_ effect: WatchEffect?) -> [FlowRollup] {
        guard case .recordFlows(let flows, _)? = effect else { return [] }
        return flows.sorted { ($0.hour, $0.host, $0.destination) < ($1.hour, $1.host, $1.destination) }
    }

    @Test func egressOfThePolicysHostsCountsWithTheKernelsVerdict() {
        let accountant = FlowAccountant(compiled: Self.compiled, table: "sluice")
        accountant.absorb([
            Self.connection("10.20.1.1", "192.0.2.10", bytes: 1000),                           // allowed
            Self.connection("10.20.1.1", "203.0.113.9", port: 22, bytes: 500, mark: Self.wouldDeny),
            Self.connection("10.20.1.1", "10.10.1.5", bytes: 700),                             // lateral
            Self.connection("203.0.113.9", "10.20.1.1", bytes: 900),                           // inbound
            Self.connection("10.99.0.1", "192.0.2.10", bytes: 300),                            // in no group
        ], ended: true, at: FakeClock.noon)
        let rollups = Self.rollups(accountant.flush())
        #expect(rollups.map { "\($0.host)>\($0.destination):\($0.port) \($0.verdict.rawValue) \($0.bytes)" } == [
            "10.20.1.1>192.0.2.10:443 allow 1000", "10.20.1.1>203.0.113.9:22 would-deny 500",
        ])
        #expect(rollups.allSatisfy { $0.hour == 1_773_144_000 && $0.flows == 1 })
        #expect(accountant.figures.ignored == 3)
        #expect(accountant.flush() == nil, "a flush starts over")
    }

    @Test func everyByteOnceAcrossResetReadsAndTheEnd() throws {
        let source = FakeConnectionSource()
        let accountant = FlowAccountant(compiled: Self.compiled, table: "sluice")
        source.count(1, from: "10.20.1.1", to: "192.0.2.10", bytes: 1000)
        accountant.absorb(try source.drain(), ended: false, at: FakeClock.noon)
        source.count(1, from: "10.20.1.1", to: "192.0.2.10", bytes: 300)
        accountant.absorb(try source.drain(), ended: false, at: FakeClock.noon.addingTimeInterval(3600))
        source.count(1, from: "10.20.1.1", to: "192.0.2.10", bytes: 20)
        source.end(1)
        accountant.absorb(try source.nextEvents(timeout: .zero), at: FakeClock.noon.addingTimeInterval(3700))
        // A read after the end finds nothing more.
        accountant.absorb(try source.drain(), ended: false, at: FakeClock.noon.addingTimeInterval(3800))
        let rollups = Self.rollups(accountant.flush())
        #expect(rollups.map(\.bytes) == [1000, 320], "each hour gets the bytes read in it")
        #expect(rollups.map(\.flows) == [0, 1], "the connection counts once, when it ends")
        #expect(accountant.figures.bytes["allow"] == 1320)
    }

    @Test func deniedAttemptsAreCountedPerHour() throws {
        let accountant = FlowAccountant(compiled: Self.compiled, table: "sluice")
        let note = DeniedNote(time: FakeClock.noon, host: .address(FakeKernel.address("10.10.1.5")),
                              destination: DeniedDestination(address: FakeKernel.address("203.0.113.9"), transport: 6, port: 22))
        accountant.noteDenied([note, note])
        guard case .recordFlows(let flows, let denied)? = accountant.flush() else {
            Issue.record("no flush")
            return
        }
        #expect(flows.isEmpty)
        #expect(denied == [DeniedRollup(table: "sluice", hour: 1_773_144_000, host: "10.10.1.5", destination: "203.0.113.9",
                                        transport: 6, port: 22, attempts: 2)])
    }

    @Test func hostModeCountsThisMachinesEgressAsSelf() throws {
        let compiled = TestPolicies.compile(TestPolicies.host)
        let accountant = FlowAccountant(compiled: compiled, table: "sluice", localAddresses: [FakeKernel.address("198.51.100.5")])
        accountant.absorb([Self.connection("198.51.100.5", "192.0.2.1", bytes: 100),
                           Self.connection("192.0.2.1", "198.51.100.5", port: 22, bytes: 999)], ended: true, at: FakeClock.noon)
        #expect(Self.rollups(accountant.flush()).map { "\($0.host)>\($0.destination)" } == ["self>192.0.2.1"])
    }

    @Test func theServiceReadsAtStartFlushesAndReadsAgainAtAStop() async throws {
        let store = MemoryStore()
        let compiled = Self.compiled
        store.publish(compiled, version: 1)
        let source = FakeConnectionSource()
        // Counted while no watcher ran: the first read takes it.
        source.count(1, from: "10.20.1.1", to: "192.0.2.10", bytes: 5000)
        // More than one part of a read (the fake hands them over three at a time, as datagrams).
        for id in 10..<17 { source.count(id, from: "10.20.1.\(id)", to: "192.0.2.10", bytes: 100) }
        var configuration = WatchConfiguration.sweepingEveryPoll
        configuration.pollInterval = .milliseconds(50)
        configuration.flushInterval = .milliseconds(200)
        configuration.flowReadInterval = .seconds(3600)
        let clock = FakeClock(FakeClock.noon)
        let service = WatchService(configuration: configuration, kernel: FakeKernel(compiled, clock: clock), events: QueuedEvents(),
                                   flows: source, store: store, clock: clock, alertWriter: RecordingWriter(), handleHangup: false,
                                   logger: Logger(label: "test.flows"))
        let task = DedicatedThreadExecutor.task(named: "test.service") { try await service.run() }
        #expect(await ServiceTests.eventually { service.status() != nil })
        #expect(await ServiceTests.eventually { store.flows.map(\.bytes).reduce(0, +) == 5700 })
        #expect(Set(store.flows.map(\.host)) == Set((10..<17).map { "10.20.1.\($0)" } + ["10.20.1.1"]))
        source.count(2, from: "10.20.1.2", to: "203.0.113.9", port: 22, bytes: 700, mark: Self.wouldDeny)
        source.end(2)
        #expect(await ServiceTests.eventually { store.flows.contains { $0.verdict == .wouldDeny && $0.bytes == 700 } })
        #expect(await ServiceTests.eventually { store.flowPrunes == [.seconds(35 * 86_400)] })
        #expect(service.metrics()?.flows?.bytes == ["allow": 5700, "would-deny": 700])
        // Still open at the stop: its last bytes are read and written then. Another one has
        // expired but was not collected: the last read collects it, and its end still counts.
        source.count(1, from: "10.20.1.1", to: "192.0.2.10", bytes: 40)
        source.count(3, from: "10.20.1.3", to: "192.0.2.10", bytes: 900)
        source.expireAtNextDrain(3)
        task.cancel()
        _ = try? await task.value
        #expect(store.flows.filter { $0.host == "10.20.1.1" }.map(\.bytes).reduce(0, +) == 5040)
        #expect(store.flows.filter { $0.host == "10.20.1.3" }.map(\.bytes).reduce(0, +) == 900,
                "an end the last read caused was lost")
        #expect(source.drains == 2)
    }
}
