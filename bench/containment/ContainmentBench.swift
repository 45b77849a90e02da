import BenchSupport
import Foundation
import SluiceLab

/// Builds the lab, applies the policy with the real `sluice apply`, runs the real `sluice watch`,
/// and times one trial per fresh host: first `trials` on the event path, then `pollTrials` with
/// the NFLOG message suppressed, so that only the watcher's poll can catch the host.
/// Everything it creates (namespaces, processes, files) is removed at the end, also on failure.
struct ContainmentBench {
    var trials: Int
    var pollTrials: Int
    /// Addresses of the background host that keep sending during the trials (0: none).
    var backgroundHosts: Int
    var sluice: String
    var progress: (String) -> Void

    /// Runs the whole benchmark and reports the trials; everything it made is gone on return.
    func run() throws -> ContainmentReport {
        let started = ContinuousClock.now
        try LabSignalCleanup.install()
        let scratch = try BenchEnvironment.scratch("containment")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let policyPath = scratch + "/bench.sluice"
        try ContainmentPlan.policy.write(toFile: policyPath, atomically: true, encoding: .utf8)
        let state = scratch + "/state"
        let log = scratch + "/watch.log"
        let metrics = scratch + "/metrics.prom"
        let loadBefore = LoadAverage.now()

        let hosts = 1 + trials + pollTrials
        progress("building the lab: a gateway, one inside host with \(hosts) addresses, an echo server outside"
                 + (backgroundHosts > 0 ? ", a background host with \(backgroundHosts) addresses" : ""))
        let lab = try Lab.create(try ContainmentPlan.spec(addresses: hosts, background: backgroundHosts),
                                 commandTimeout: .seconds(120))
        defer { _ = lab.destroy() }
        let gateway = try lab.gateway()
        let host = try lab.host(ContainmentPlan.hostName)
        try apply(policyPath, state: state, lab: lab, gateway: gateway)

        let echo = try startEcho(lab: lab)
        defer { echo.stop() }
        let monitor = try IsolationMonitor(in: gateway, table: ContainmentPlan.table, set: ContainmentPlan.isolationSet)
        defer { monitor.stop() }
        let background = try startBackground(lab: lab, gateway: gateway)
        defer { background?.sender.stop() }
        let watcher = try startWatcher(lab: lab, gateway: gateway, state: state, metrics: metrics, log: log,
                                       settle: background != nil)

        var generator = SystemRandomNumberGenerator()
        let (warmUp, event) = try eventTrials(host: host, monitor: monitor, generator: &generator)
        let poll = try pollPathTrials(host: host, monitor: monitor, lab: lab, gateway: gateway, generator: &generator)

        let isolated = Set(try listSet(ContainmentPlan.isolationSet, lab: lab, gateway: gateway).elements)
        let missing = ([warmUp] + event + poll).filter { $0.latency != nil && !isolated.contains($0.source) }.map(\.source)
        try checkNothingFailed(watcher: watcher, log: log, echo: echo, monitor: monitor, background: background)
        withExtendedLifetime(background) {}
        _ = try watcher.terminate(grace: .seconds(10))
        let watcherMetrics = PrometheusText(BenchFile.read(metrics))

        return ContainmentReport(backgroundHosts: backgroundHosts, warmUp: warmUp, event: event, poll: poll,
                                 watcherEventMax: watcherMetrics.value(of: "sluice_watcher_event_handling_seconds_max"),
                                 missingFromSet: missing, overruns: monitor.overrunCount, loadBefore: loadBefore,
                                 loadAfter: LoadAverage.now(), seconds: BenchFile.seconds(since: started))
    }

    /// Applies the policy with `sluice apply` and checks that the sets the trials read exist.
    private func apply(_ policyPath: String, state: String, lab: Lab, gateway: LabNamespace) throws {
        progress("sluice apply")
        let apply = try lab.run(in: gateway, [sluice, "apply", policyPath, "--state-dir", state, "-m", "bench-containment"],
                                timeout: .seconds(60), check: false)
        guard apply.status == 0 else { throw BenchError.failed("sluice apply failed:\n\(apply.standardError)\(apply.standardOutput)") }
        for set in [ContainmentPlan.quotaSet, ContainmentPlan.notifySet, ContainmentPlan.isolationSet] {
            _ = try listSet(set, lab: lab, gateway: gateway)
        }
    }

    /// Starts the echo server outside; the caller stops it.
    private func startEcho(lab: Lab) throws -> EchoServer {
        let echoSocket = try lab.outside.perform { () throws -> UDPSocket in
            let socket = try UDPSocket(label: "echo server")
            try socket.bind(ContainmentPlan.echo, port: ContainmentPlan.echoPort)
            return socket
        }
        return EchoServer(socket: echoSocket)
    }

    /// Starts `sluice watch --poll 1s` and waits until it watches (and, with background hosts,
    /// until it has settled); the lab ends it if the caller does not.
    private func startWatcher(lab: Lab, gateway: LabNamespace, state: String, metrics: String, log: String,
                              settle: Bool) throws -> LabProcess {
        progress("starting sluice watch --poll 1s")
        let watcher = try lab.start(in: gateway, [sluice, "watch", "--state-dir", state, "--poll", "1s", "--metrics-file", metrics],
                                    output: .file(log))
        guard BenchFile.waitFor("watching", in: log, seconds: 20) else {
            throw BenchError.failed("sluice watch did not start:\n\(BenchFile.read(log))")
        }
        if settle {
            // Past the first polls of thousands of new hosts and the first usage flush (10 s).
            progress("background hosts sending; letting the watcher settle for 15 s")
            Thread.sleep(forTimeInterval: 15)
        }
        return watcher
    }

    /// One trial from address `index` of the inside host.
    private func trial(_ index: Int, _ path: ContainmentPath, host: LabNamespace, monitor: IsolationMonitor) throws -> TrialOutcome {
        try QuotaTrial(host: host, source: ContainmentPlan.address(index), path: path, echoWait: .milliseconds(300),
                       containmentTimeout: path == .event ? .seconds(3) : .seconds(5)).run(monitor: monitor)
    }

    /// The warm-up trial, then `trials` on the event path.
    private func eventTrials(host: LabNamespace, monitor: IsolationMonitor,
                             generator: inout SystemRandomNumberGenerator) throws -> (warmUp: TrialOutcome, event: [TrialOutcome]) {
        progress("warm-up trial")
        let warmUp = try trial(0, .event, host: host, monitor: monitor)
        progress("\(trials) event-path trials")
        var event: [TrialOutcome] = []
        for index in 1..<(1 + trials) {
            // Each containment makes the watcher poll at once (its own table change), and its next
            // poll comes 1 s later; a random gap of up to 1 s after the 300 ms echo wait puts the
            // next crossing at every phase of that poll, the moments it holds the engine lock included.
            Thread.sleep(forTimeInterval: Double.random(in: 0...1, using: &generator))
            event.append(try trial(index, .event, host: host, monitor: monitor))
            if index % 50 == 0 { progress("  \(index) done") }
        }
        return (warmUp, event)
    }

    /// `pollTrials` trials with the NFLOG message suppressed, so that only the watcher's poll can
    /// catch the host; none when `pollTrials` is 0.
    private func pollPathTrials(host: LabNamespace, monitor: IsolationMonitor, lab: Lab, gateway: LabNamespace,
                                generator: inout SystemRandomNumberGenerator) throws -> [TrialOutcome] {
        var poll: [TrialOutcome] = []
        guard pollTrials > 0 else { return poll }
        let hosts = 1 + trials + pollTrials
        progress("\(pollTrials) poll-path trials (NFLOG suppressed)")
        let addresses = (1 + trials..<hosts).map { ContainmentPlan.address($0).description }
        // A host already in the notification set is dropped silently when it spends its quota.
        let elements = addresses.map { "\($0) timeout 1h" }.joined(separator: ", ")
        try lab.run(in: gateway, [BenchEnvironment.nft, "add", "element", "inet", ContainmentPlan.table,
                                  ContainmentPlan.notifySet, "{ \(elements) }"], timeout: .seconds(30))
        // The table change makes the watcher poll at once; let that poll pass.
        Thread.sleep(forTimeInterval: 1.5)
        for index in 1 + trials..<hosts {
            Thread.sleep(forTimeInterval: Double.random(in: 0...1, using: &generator))
            poll.append(try trial(index, .poll, host: host, monitor: monitor))
        }
        return poll
    }

    /// Throws if the watcher exited during the run or a helper thread failed.
    private func checkNothingFailed(watcher: LabProcess, log: String, echo: EchoServer, monitor: IsolationMonitor,
                                    background: (sink: UDPSocket, sender: SpreadSender)?) throws {
        if let status = try watcher.exitStatus() {
            throw BenchError.failed("sluice watch exited with status \(status) during the run:\n\(BenchFile.read(log))")
        }
        if let error = echo.error { throw BenchError.failed("the echo server failed: \(error)") }
        if let error = monitor.error { throw BenchError.failed("the isolation monitor failed: \(error)") }
        if let error = background?.sender.error { throw BenchError.failed("the background sender failed: \(error)") }
    }

    /// Starts the background host sending, 2 datagrams per address per second, and waits until
    /// its per-host sets hold every address; nil without background hosts.
    private func startBackground(lab: Lab, gateway: LabNamespace) throws -> (sink: UDPSocket, sender: SpreadSender)? {
        guard backgroundHosts > 0 else { return nil }
        // Bound and never read: once full, the kernel drops what arrives, silently.
        let sink = try lab.outside.perform { () throws -> UDPSocket in
            let socket = try UDPSocket(label: "udp sink")
            try socket.bind(ContainmentPlan.sink, port: ContainmentPlan.sinkPort)
            return socket
        }
        let socket = try lab.host(ContainmentPlan.backgroundHostName).perform { try UDPSocket(label: "background sender") }
        progress("background: \(2 * backgroundHosts) datagrams/s round-robin from \(backgroundHosts) addresses")
        let sender = SpreadSender(socket: socket, sources: (0..<backgroundHosts).map(ContainmentPlan.backgroundAddress),
                                  destination: ContainmentPlan.sink, port: ContainmentPlan.sinkPort, rate: 2 * backgroundHosts, size: 32)
        let deadline = Date().addingTimeInterval(60)
        while true {
            let counts = try ContainmentPlan.backgroundSets.map { try listSet($0, lab: lab, gateway: gateway).elements.count }
            if counts.allSatisfy({ $0 >= backgroundHosts }) { return (sink, sender) }
            guard Date() < deadline else {
                sender.stop()
                throw BenchError.failed("the background sets hold \(counts) elements after 60 s, not \(backgroundHosts) each")
            }
            Thread.sleep(forTimeInterval: 1)
        }
    }

    private func listSet(_ set: String, lab: Lab, gateway: LabNamespace) throws -> NFTSetListing {
        let result = try lab.run(in: gateway, [BenchEnvironment.nft, "-j", "list", "set", "inet", ContainmentPlan.table, set],
                                 timeout: .seconds(30), check: false)
        guard result.status == 0 else {
            throw BenchError.failed("the applied ruleset has no set \(set): \(result.standardError)")
        }
        return try NFTSetListing(json: result.standardOutput)
    }
}
