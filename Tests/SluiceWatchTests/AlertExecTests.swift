import Foundation
import Logging
import Synchronization
import Testing
@testable import SluiceWatch

@Suite struct AlertExecTests {
    static let event = AlertEvent(time: FakeClock.noon, kind: .contained, table: "sluice",
                                  host: .address(FakeKernel.address("10.20.1.1")), groups: ["compute"],
                                  quotaID: "hq_compute_1d", action: "block for 1d", ends: .untilReleased)

    @Test func aProgramGetsTheEventOnStandardInputAndAPlainEnvironment() throws {
        let dir = try TemporaryDirectory()
        let script = try dir.script("page", "cat > \(dir.path)/event.json\nenv > \(dir.path)/env.txt\necho paged")
        let outcome = ProcessRunner.run(path: script, input: Array((Self.event.json + "\n").utf8),
                                        environment: AlertDispatcher.environment(for: Self.event), timeout: .seconds(5))
        #expect(outcome.status == .exited(0))
        #expect(outcome.output == "paged\n")
        #expect(dir.read("event.json") == Self.event.json + "\n")
        let env = dir.read("env.txt") ?? ""
        #expect(env.contains("SLUICE_EVENT=contained\n"))
        #expect(env.contains("SLUICE_HOST=10.20.1.1\n"))
        #expect(!env.contains("HOME="))
    }

    @Test func aProgramThatRunsTooLongIsKilled() throws {
        let dir = try TemporaryDirectory()
        let script = try dir.script("hang", "sleep 30 &\nwait")
        let started = ContinuousClock.now
        let outcome = ProcessRunner.run(path: script, input: [], environment: [], timeout: .milliseconds(300))
        #expect(outcome.status == .timedOut)
        #expect(ContinuousClock.now - started < .seconds(3))
    }

    @Test func failuresAreReported() throws {
        let dir = try TemporaryDirectory()
        let failing = try dir.script("fail", "echo broken >&2\nexit 3")
        let outcome = ProcessRunner.run(path: failing, input: Array("x".utf8), environment: [], timeout: .seconds(5))
        #expect(outcome.status == .exited(3))
        #expect(outcome.output == "broken\n")
        let missing = ProcessRunner.run(path: dir.path + "/nope", input: [], environment: [], timeout: .seconds(1))
        guard case .couldNotStart = missing.status else {
            Issue.record("a missing program started: \(missing.status)")
            return
        }
        let relative = ProcessRunner.run(path: "page", input: [], environment: [], timeout: .seconds(1))
        guard case .couldNotStart = relative.status else {
            Issue.record("a relative path ran: \(relative.status)")
            return
        }
    }

    @Test func aProgramThatIgnoresItsInputDoesNotHurtTheWatcher() throws {
        let dir = try TemporaryDirectory()
        let script = try dir.script("quick", "exit 0")
        let big = [UInt8](repeating: 0x41, count: 1 << 20)
        let outcome = ProcessRunner.run(path: script, input: big, environment: [], timeout: .seconds(5))
        #expect(outcome.status == .exited(0))
    }

    @Test func slowAndFailingProgramsDoNotDelayContainment() throws {
        let dir = try TemporaryDirectory()
        let slow = try dir.script("slow", "sleep 2")
        let failing = try dir.script("fail", "exit 1")
        let policy = TestPolicies.gateway.replacingOccurrences(
            of: "  block for 24h\n  alert log\n",
            with: "  block for 24h\n  alert log, exec \"\(slow)\", exec \"\(failing)\"\n")
        let outcomes = Mutex<[ExecStatus]>([])
        let h = Harness(policy)
        let dispatcher = AlertDispatcher(writer: h.writer, timeout: .seconds(5), concurrency: 2,
                                         logger: Logger(label: "test.alert")) { _, _, outcome in
            outcomes.withLock { $0.append(outcome.status) }
        }
        defer { dispatcher.shutdown(timeout: .seconds(5)) }
        let executor = EffectExecutor(store: h.store, alerts: dispatcher, table: "sluice")
        executor.run(h.engine.start())
        let started = ContinuousClock.now
        let out = h.engine.handle(h.quotaLog("hq_compute_1d", from: "10.20.1.1"))
        executor.run(out.effects)
        #expect(ContinuousClock.now - started < .milliseconds(500))
        #expect(h.kernel.hosts(in: "blocked_v4") == ["10.20.1.1"])
        #expect(h.store.incidents.count == 1)
        #expect(dispatcher.waitUntilIdle(timeout: .seconds(10)))
        #expect(outcomes.withLock { $0 }.sorted { "\($0)" < "\($1)" } == [.exited(0), .exited(1)])
        #expect(h.store.incidents.first?.actions == ["block for 1d", "alert log", "alert exec \(slow)", "alert exec \(failing)"])
    }

    @Test func aFullQueueDropsRatherThanWaits() throws {
        let dir = try TemporaryDirectory()
        let slow = try dir.script("slow", "sleep 1")
        let runs = Mutex(0)
        let dispatcher = AlertDispatcher(writer: RecordingWriter(), timeout: .seconds(5), concurrency: 1, queueLimit: 2,
                                         logger: Logger(label: "test.alert")) { _, _, _ in runs.withLock { $0 += 1 } }
        defer { dispatcher.shutdown(timeout: .seconds(10)) }
        let started = ContinuousClock.now
        for _ in 0..<20 { dispatcher.dispatch(Self.event, sinks: [.exec(path: slow)]) }
        #expect(ContinuousClock.now - started < .milliseconds(200))
        #expect(dispatcher.waitUntilIdle(timeout: .seconds(10)))
        // One running and two queued at most; the rest were dropped.
        #expect((1...3).contains(runs.withLock { $0 }))
    }
}
