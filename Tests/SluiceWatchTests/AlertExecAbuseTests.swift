import Foundation
import Glibc
import Logging
import Synchronization
import Testing
@testable import SluiceWatch

/// `alert exec` programs that misbehave (issue 7, item 11): one that hangs must delay no other
/// program's alerts, and whatever it started must end with it.
@Suite struct AlertExecAbuseTests {
    static func event(_ host: String) -> AlertEvent {
        AlertEvent(time: FakeClock.noon, kind: .contained, table: "sluice", host: .address(FakeKernel.address(host)),
                   groups: ["compute"], quotaID: "hq_compute_1d", action: "block for 1d", ends: .untilReleased)
    }

    /// Whether a process exists and is not a zombie.
    static func isAlive(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(close, offsetBy: 2)...].prefix(1)
        return state != "Z" && state != "X"
    }

    static func pids(in file: String) -> [Int32] {
        ((try? String(contentsOfFile: file, encoding: .utf8)) ?? "").split(whereSeparator: \.isWhitespace).compactMap { Int32($0) }
    }

    static func eventually(_ seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return condition()
    }

    @Test func aHangingProgramDelaysNoOtherProgramsAlerts() throws {
        let dir = try TemporaryDirectory()
        let hang = try dir.script("hang", "exec sleep 1000")
        let quick = try dir.script("quick", "cat > /dev/null")
        let finished = Mutex<[(String, ContinuousClock.Instant)]>([])
        let writer = RecordingWriter()
        let dispatcher = AlertDispatcher(writer: writer, timeout: .seconds(2), concurrency: 4,
                                         logger: Logger(label: "test.alert")) { path, _, _ in
            finished.withLock { $0.append((path, ContinuousClock.now)) }
        }
        defer { dispatcher.shutdown(timeout: .seconds(10)) }
        // More stuck alerts than the old dispatcher had threads for all programs together.
        for n in 0..<6 { dispatcher.dispatch(Self.event("10.20.1.\(n)"), sinks: [.exec(path: hang)]) }
        Thread.sleep(forTimeInterval: 0.2)
        let sent = ContinuousClock.now
        for n in 0..<5 { dispatcher.dispatch(Self.event("10.20.2.\(n)"), sinks: [.log, .exec(path: quick)]) }
        #expect(Self.eventually(1.5) { finished.withLock { $0.filter { $0.0 == quick }.count } == 5 })
        let latest = finished.withLock { $0.filter { $0.0 == quick }.map { $0.1 - sent }.max() }
        #expect(latest.map { $0 < .seconds(1) } == true, "the quick program waited for the hanging one: \(String(describing: latest))")
        // `alert log` never waits for programs.
        #expect(writer.lines.count == 5)
        #expect(finished.withLock { $0.filter { $0.0 == hang }.isEmpty }, "the hanging program ended before its timeout")
    }

    @Test func aFullQueueDropsThatProgramsAlertsOnlyAndCountsThem() throws {
        let dir = try TemporaryDirectory()
        let hang = try dir.script("hang", "echo started >> \(dir.path)/started\nexec sleep 1000")
        let quick = try dir.script("quick", "cat > /dev/null")
        let (logger, log) = RecordingLogHandler.logger()
        let quickRuns = Mutex(0)
        let dispatcher = AlertDispatcher(writer: RecordingWriter(), timeout: .seconds(1), concurrency: 2, queueLimit: 3,
                                         logger: logger) { path, _, _ in
            if path == quick { quickRuns.withLock { $0 += 1 } }
        }
        defer { dispatcher.shutdown(timeout: .seconds(10)) }
        // Two running (its limit), then three waiting (its queue), then five dropped.
        for n in 0..<2 { dispatcher.dispatch(Self.event("10.20.1.\(n)"), sinks: [.exec(path: hang)]) }
        #expect(Self.eventually(2) { (dir.read("started") ?? "").split(separator: "\n").count == 2 })
        let started = ContinuousClock.now
        for n in 2..<10 { dispatcher.dispatch(Self.event("10.20.1.\(n)"), sinks: [.exec(path: hang)]) }
        #expect(ContinuousClock.now - started < .milliseconds(200), "dispatching waited")
        for n in 0..<3 { dispatcher.dispatch(Self.event("10.20.2.\(n)"), sinks: [.exec(path: quick)]) }
        #expect(dispatcher.droppedAlerts() == [AlertsDroppedMetric(program: hang, count: 5),
                                               AlertsDroppedMetric(program: quick, count: 0)])
        let drops = log.all.filter { $0.message == "alert program's queue full; dropped an alert" }
        #expect(drops.count == 5)
        #expect(drops.last?.metadata["program"] == hang && drops.last?.metadata["dropped"] == "5", "\(drops)")
        // The other program ran every one of its alerts meanwhile.
        #expect(Self.eventually(2) { quickRuns.withLock { $0 } == 3 })
        var snapshot = MetricsSnapshot(quotas: [], contained: [], incidentsTotal: 0, deniedTotals: [], pollSeconds: nil)
        snapshot.alertsDropped = dispatcher.droppedAlerts()
        #expect(snapshot.prometheusText.hasSuffix("""
            # HELP sluice_alerts_dropped_total Alerts dropped since the watcher started because an alert exec program's queue was full.
            # TYPE sluice_alerts_dropped_total counter
            sluice_alerts_dropped_total{program="\(hang)"} 5
            sluice_alerts_dropped_total{program="\(quick)"} 0

            """))
    }

    @Test func aProgramThatIgnoresSIGTERMIsKilledAtItsTimeout() throws {
        let dir = try TemporaryDirectory()
        let script = try dir.script("stubborn", "trap '' TERM HUP INT\necho $$ > \(dir.path)/pids\nwhile :; do sleep 0.1; done")
        let started = ContinuousClock.now
        let outcome = ProcessRunner.run(path: script, input: [], environment: [], timeout: .milliseconds(500))
        #expect(outcome.status == .timedOut)
        #expect(ContinuousClock.now - started < .seconds(3))
        let pids = Self.pids(in: dir.path + "/pids")
        #expect(pids.count == 1)
        #expect(Self.eventually(2) { !pids.contains(where: Self.isAlive) }, "still running: \(pids.filter(Self.isAlive))")
    }

    @Test func whatAProgramStartedEndsWithIt() throws {
        let dir = try TemporaryDirectory()
        // Killed at the timeout: the program, a child it waits for, and one that ignores SIGTERM.
        let stuck = try dir.script("stuck", """
            sleep 1000 &
            echo $! >> \(dir.path)/stuck.pids
            sh -c "trap '' TERM; sleep 1000" &
            echo $$ $! >> \(dir.path)/stuck.pids
            wait
            """)
        let outcome = ProcessRunner.run(path: stuck, input: [], environment: [], timeout: .milliseconds(500))
        #expect(outcome.status == .timedOut)
        // Exited on time, leaving children behind (with the output channel open): they end too,
        // or every alert would leave a process running for ever.
        let leaving = try dir.script("leaving", "sleep 1000 &\necho $! > \(dir.path)/leaving.pids\necho sent\nexit 0")
        let started = ContinuousClock.now
        let left = ProcessRunner.run(path: leaving, input: [], environment: [], timeout: .seconds(10))
        #expect(left.status == .exited(0))
        #expect(left.output == "sent\n")
        #expect(ContinuousClock.now - started < .seconds(2), "waited for the child it left")
        let pids = Self.pids(in: dir.path + "/stuck.pids") + Self.pids(in: dir.path + "/leaving.pids")
        #expect(pids.count == 4)
        #expect(Self.eventually(2) { !pids.contains(where: Self.isAlive) }, "still running: \(pids.filter(Self.isAlive))")
    }

    /// A stop waits for alert programs at most its timeout. One that a busy queue started late used
    /// to get its full timeout, outlive the stop, and be left running when the watcher exited.
    @Test func noProgramOutlivesTheStop() throws {
        let dir = try TemporaryDirectory()
        let hang = try dir.script("hang", "echo $$ >> \(dir.path)/pids\nexec sleep 1000")
        let dispatcher = AlertDispatcher(writer: RecordingWriter(), timeout: .seconds(2), concurrency: 1,
                                         logger: Logger(label: "test.alert"))
        for n in 0..<4 { dispatcher.dispatch(Self.event("10.20.1.\(n)"), sinks: [.exec(path: hang)]) }
        Thread.sleep(forTimeInterval: 1)
        // The second run starts at 2 s, when the first is killed; with its full 2 s it would end at
        // 4 s, after the stop gave up (3.5 s) and the watcher's process left it running.
        let stopping = ContinuousClock.now
        dispatcher.shutdown(timeout: .milliseconds(2_500))
        #expect(ContinuousClock.now - stopping < .seconds(3))
        let pids = Self.pids(in: dir.path + "/pids")
        #expect(pids.count >= 2, "the queue did not go on during the stop: \(pids)")
        #expect(Self.eventually(0.2) { !pids.contains(where: Self.isAlive) }, "still running: \(pids.filter(Self.isAlive))")
    }
}
