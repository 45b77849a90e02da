import Foundation
import Logging
import SluiceLanguage

/// Sends alerts to their sinks without ever making the caller wait: `log` lines go through one
/// writer thread (in order), `exec` programs run on a few threads with a timeout each. A full
/// queue drops the alert and says so in the log rather than holding up containment.
public final class AlertDispatcher: Sendable {
    private let writer: any AlertLineWriter
    private let timeout: Duration
    private let logger: Logger
    private let lines: WorkQueue<String>
    private let execs: WorkQueue<ExecJob>
    private let threads = WorkerThreads()
    private let finished: (@Sendable (String, AlertEvent, ExecOutcome) -> Void)?

    /// Starts the dispatcher's threads; `onExecFinished` hears every program's outcome (tests,
    /// metrics).
    public init(writer: any AlertLineWriter = StandardOutputWriter(), timeout: Duration = .seconds(10),
                concurrency: Int = 4, queueLimit: Int = 1000, logger: Logger = Logger(label: "sluice.watch.alert"),
                onExecFinished: (@Sendable (String, AlertEvent, ExecOutcome) -> Void)? = nil) {
        self.writer = writer
        self.timeout = timeout
        self.logger = logger
        lines = WorkQueue(limit: queueLimit)
        execs = WorkQueue(limit: queueLimit)
        finished = onExecFinished
        threads.start("sluice-alert-log") { [lines, writer] _ in
            while let line = lines.pop() {
                writer.write(line: line)
                lines.done()
            }
        }
        threads.start("sluice-alert-exec", count: max(1, concurrency)) { [weak self, execs] _ in
            while let job = execs.pop() {
                self?.run(job)
                execs.done()
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
                if !execs.push(ExecJob(path: path, event: event)) {
                    logger.error("alert exec queue full; dropped an alert", metadata: [
                        "program": "\(path)", "event": "\(event.kind.rawValue)", "host": "\(event.host)"])
                }
            }
        }
    }

    /// Waits until every queued alert has been written or run, at most `timeout`.
    public func waitUntilIdle(timeout: Duration) -> Bool {
        let deadline = ContinuousClock.now + timeout
        guard lines.waitUntilIdle(timeout: timeout) else { return false }
        return execs.waitUntilIdle(timeout: max(.zero, deadline - ContinuousClock.now))
    }

    /// Lets queued alerts finish (at most `timeout`), then stops the threads.
    public func shutdown(timeout: Duration) {
        lines.close()
        execs.close()
        if !threads.join(timeout: timeout) {
            logger.warning("alerts still running at shutdown were abandoned")
        }
    }

    /// The environment of an alert program: a fixed PATH and the event's essentials, nothing of
    /// the watcher's own environment.
    static func environment(for event: AlertEvent) -> [String] {
        ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LC_ALL=C.UTF-8",
         "SLUICE_EVENT=\(event.kind.rawValue)", "SLUICE_TABLE=\(event.table)", "SLUICE_HOST=\(event.host)"]
            + (event.quotaID.map { ["SLUICE_QUOTA=\($0)"] } ?? [])
    }

    private func run(_ job: ExecJob) {
        let input = Array((job.event.json + "\n").utf8)
        let outcome = ProcessRunner.run(path: job.path, input: input, environment: Self.environment(for: job.event),
                                        timeout: timeout)
        var metadata: Logger.Metadata = [
            "program": "\(job.path)", "event": "\(job.event.kind.rawValue)", "host": "\(job.event.host)",
            "status": "\(outcome.status)", "seconds": "\(outcome.duration.secondsValue)"]
        if !outcome.output.isEmpty { metadata["output"] = "\(outcome.output)" }
        if outcome.status.succeeded {
            logger.info("alert program finished", metadata: metadata)
        } else {
            logger.error("alert program failed", metadata: metadata)
        }
        finished?(job.path, job.event, outcome)
    }
}
