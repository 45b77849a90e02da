import Foundation
import Logging
import SluiceLanguage
import SluiceSystem
import Synchronization

/// Sends alerts to their sinks without ever making the caller wait: `log` lines go through one
/// writer thread (in order); each `exec` program has its own lane (`ExecLane`): at most
/// `concurrency` runs of it at once, each with a timeout, and at most `queueLimit` of its alerts
/// waiting. A program that hangs thus delays only its own alerts, never another program's or a
/// `log` line. A full queue drops the alert, counts it, and says so in the log rather than
/// holding up containment.
public final class AlertDispatcher: Sendable {
    private let writer: any AlertLineWriter
    private let timeout: Duration
    private let concurrency: Int
    private let queueLimit: Int
    private let logger: Logger
    private let lines: WorkQueue<String>
    private let lanes = Mutex<[String: ExecLane]>([:])
    private let threads = WorkerThreads()
    /// Set by `shutdown`: no run may outlast it, since the process exits then and would leave the
    /// program running, unkilled.
    private let stopBy = Mutex<ContinuousClock.Instant?>(nil)
    private let finished: (@Sendable (String, AlertEvent, ExecOutcome) -> Void)?

    /// Starts the dispatcher's log thread; `concurrency` and `queueLimit` are per program (and
    /// `queueLimit` for log lines); `onExecFinished` hears every program's outcome (tests).
    public init(writer: any AlertLineWriter = StandardOutputWriter(), timeout: Duration = .seconds(10),
                concurrency: Int = 4, queueLimit: Int = 1000, logger: Logger = Logger(label: "sluice.watch.alert"),
                onExecFinished: (@Sendable (String, AlertEvent, ExecOutcome) -> Void)? = nil) {
        self.writer = writer
        self.timeout = timeout
        self.concurrency = max(1, concurrency)
        self.queueLimit = max(1, queueLimit)
        self.logger = logger
        lines = WorkQueue(limit: queueLimit)
        finished = onExecFinished
        threads.start("sluice-alert-log") { [lines, writer] _ in
            while let line = lines.pop() {
                writer.write(line: line)
                lines.done()
            }
        }
    }

    /// Queues the alert for each sink and returns at once.
    public func dispatch(_ event: AlertEvent, sinks: [AlertSink]) {
        for sink in sinks {
            switch sink {
            case .log:
                if !lines.push(event.json) {
                    logger.error("alert log queue full; dropped an alert", metadata: ["event": "\(event.kind.rawValue)",
                                                                                    "host": "\(event.host)"])
                }
            case .exec(let path):
                let lane = lane(for: path)
                switch lane.push(event) {
                case nil:
                    logger.error("alert program's queue full; dropped an alert", metadata: [
                        "program": "\(path)", "event": "\(event.kind.rawValue)", "host": "\(event.host)",
                        "dropped": "\(lane.droppedCount)", "queue": "\(lane.limit)"])
                case true?:
                    threads.start("sluice-alert-exec") { [weak self] _ in
                        lane.work { event in self?.run(path, event) }
                    }
                case false?:
                    break
                }
            }
        }
    }

    /// Alerts each program's full queue dropped, by program (every program alerted so far).
    public func droppedAlerts() -> [AlertsDroppedMetric] {
        lanes.withLock { $0.values.map { AlertsDroppedMetric(program: $0.path, count: $0.droppedCount) } }
            .sorted { $0.program < $1.program }
    }

    /// Waits until every queued alert has been written or run, at most `timeout`.
    public func waitUntilIdle(timeout: Duration) -> Bool {
        let deadline = Date().addingTimeInterval(timeout.secondsValue)
        guard lines.waitUntilIdle(timeout: timeout) else { return false }
        return lanes.withLock { Array($0.values) }.allSatisfy { $0.waitUntilIdle(until: deadline) }
    }

    /// Lets queued alerts finish (at most `timeout`), then stops the threads. A program still
    /// running then is killed first: runs that start during the shutdown get only the time left.
    public func shutdown(timeout: Duration) {
        // Half a second before the join gives up, for the kill and the reap.
        stopBy.withLock { $0 = ContinuousClock.now + max(.zero, timeout - .milliseconds(500)) }
        lines.close()
        for lane in lanes.withLock({ Array($0.values) }) { lane.close() }
        if !threads.join(timeout: timeout) {
            logger.warning("alerts still running at shutdown were abandoned")
        }
    }

    /// The program's lane, made at its first alert.
    private func lane(for path: String) -> ExecLane {
        lanes.withLock { lanes in
            if let lane = lanes[path] { return lane }
            let lane = ExecLane(path: path, concurrency: concurrency, limit: queueLimit)
            lanes[path] = lane
            return lane
        }
    }

    /// The environment of an alert program: a fixed PATH and the event's essentials, nothing of
    /// the watcher's own environment.
    static func environment(for event: AlertEvent) -> [String] {
        ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LC_ALL=C.UTF-8",
         "SLUICE_EVENT=\(event.kind.rawValue)", "SLUICE_TABLE=\(event.table)", "SLUICE_HOST=\(event.host)"]
            + (event.quotaID.map { ["SLUICE_QUOTA=\($0)"] } ?? [])
    }

    private func run(_ path: String, _ event: AlertEvent) {
        let input = Array((event.json + "\n").utf8)
        var allowed = timeout
        if let stopBy = stopBy.withLock({ $0 }) {
            allowed = min(timeout, ContinuousClock.now.duration(to: stopBy))
            guard allowed > .zero else {
                logger.error("alert program not run: the watcher is stopping", metadata: [
                    "program": "\(path)", "event": "\(event.kind.rawValue)", "host": "\(event.host)"])
                return
            }
        }
        let outcome = ProcessRunner.run(path: path, input: input, environment: Self.environment(for: event),
                                        timeout: allowed)
        var metadata: Logger.Metadata = [
            "program": "\(path)", "event": "\(event.kind.rawValue)", "host": "\(event.host)",
            "status": "\(outcome.status)", "seconds": "\(outcome.duration.secondsValue)"]
        if !outcome.output.isEmpty { metadata["output"] = "\(LogText.escape(outcome.output))" }
        if outcome.status.succeeded {
            logger.info("alert program finished", metadata: metadata)
        } else {
            logger.error("alert program failed", metadata: metadata)
        }
        finished?(path, event, outcome)
    }
}
