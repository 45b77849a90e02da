import BenchSupport
import Foundation
import SluiceLab
import SluiceSystem

/// Builds the lab, applies the policy with the real `sluice apply`, keeps 10,000 hosts sending,
/// runs the real `sluice watch` with its default poll, and measures its CPU time and memory from
/// `/proc` over a window after a warm-up; then stops it and measures the `nft` reference under the
/// same traffic. Everything it creates is removed at the end, also on failure.
struct WatchBench {
    var scenario: WatchScenario
    var rate: Int
    var warmUp: Int
    var seconds: Int
    /// `--flush` for the watcher, in seconds; nil keeps its default (10 s).
    var flush: Int?
    var sluice: String
    var progress: (String) -> Void

    /// Runs the whole benchmark and reports the window; everything it made is gone on return.
    func run() throws -> WatchReport {
        let started = ContinuousClock.now
        try LabSignalCleanup.install()
        let scratch = try BenchEnvironment.scratch("watch")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let policyPath = scratch + "/bench.sluice"
        try scenario.policy.write(toFile: policyPath, atomically: true, encoding: .utf8)
        let state = scratch + "/state"
        let log = scratch + "/watch.log"
        let loadBefore = LoadAverage.now()

        progress("building the lab: \(scenario.description)")
        let lab = try Lab.create(scenario.byUser ? try WatchPlan.nodeSpec() : try WatchPlan.spec(hosts: scenario.count),
                                 commandTimeout: .seconds(120))
        defer { _ = lab.destroy() }
        // Where the ruleset and the watcher run: the gateway, or the node.
        let gateway = scenario.byUser ? try lab.node() : try lab.gateway()
        try apply(policyPath, state: state, lab: lab, gateway: gateway)

        let sink = try bindSink(lab: lab)
        progress("sending \(rate) datagrams/s round-robin from \(scenario.count) \(scenario.noun)")
        let sender: any BenchSender = try startSender(lab: lab, router: gateway)
        defer { sender.stop() }
        do {
            try waitForHosts(lab: lab, gateway: gateway)
        } catch {
            throw BenchError.failed("\(error); the sender sent \(sender.sent), refused \(sender.refused)"
                                        + (sender.error.map { ", stopped: \($0)" } ?? ""))
        }

        let watcher = try startWatcher(lab: lab, gateway: gateway, state: state, log: log)
        let measured = try measure(watcher, sender: sender, lab: lab, gateway: gateway)
        if let status = try watcher.exitStatus() {
            throw BenchError.failed("sluice watch exited with status \(status) during the run:\n\(BenchFile.read(log))")
        }
        let exitStatus = try watcher.terminate(grace: .seconds(20))
        let watchLog = BenchFile.read(log)

        progress("reference: nft -j list set of the same \(scenario.sets.count) sets once per second for \(seconds) s")
        let reference = try NFTReference(namespace: gateway, table: WatchPlan.table, sets: scenario.sets,
                                         seconds: seconds, scratch: scratch).run()
        if let error = sender.error { throw BenchError.failed("the sender failed: \(error)") }
        withExtendedLifetime(sink) {}

        return WatchReport(scenario: scenario, rate: rate, warmUp: warmUp, flush: flush, window: measured.window,
                           sentInWindow: measured.sentInWindow, refused: sender.refused, skipped: sender.skipped,
                           kernelBytesInWindow: measured.kernelBytes, watcherExit: exitStatus,
                           problemLines: WatchBench.problems(in: watchLog), reference: reference,
                           loadBefore: loadBefore, loadAfter: LoadAverage.now(), seconds: BenchFile.seconds(since: started))
    }

    /// Applies the scenario's policy with `sluice apply`.
    private func apply(_ policyPath: String, state: String, lab: Lab, gateway: LabNamespace) throws {
        progress("sluice apply")
        let apply = try lab.run(in: gateway, [sluice, "apply", policyPath, "--state-dir", state, "-m", "bench-watch"],
                                timeout: .seconds(60), check: false)
        guard apply.status == 0 else { throw BenchError.failed("sluice apply failed:\n\(apply.standardError)\(apply.standardOutput)") }
    }

    /// The socket the traffic goes to, outside; the caller keeps it alive.
    private func bindSink(lab: Lab) throws -> UDPSocket {
        // Bound and never read: once its buffer is full the kernel drops what arrives, silently
        // (no ICMP back through the gateway), at no cost to anyone.
        try lab.outside.perform { () throws -> UDPSocket in
            let socket = try UDPSocket(label: "udp sink")
            try socket.bind(WatchPlan.sink, port: WatchPlan.sinkPort)
            return socket
        }
    }

    /// Starts `sluice watch` (with `--flush` if asked), checks it is sluice that runs, and lets
    /// the warm-up pass; the lab ends it if the caller does not.
    private func startWatcher(lab: Lab, gateway: LabNamespace, state: String, log: String) throws -> LabProcess {
        let watchCommand = [sluice, "watch", "--state-dir", state] + (flush.map { ["--flush", "\($0)s"] } ?? [])
        progress("starting \(watchCommand.dropFirst().joined(separator: " ")); warm-up \(warmUp) s")
        let watcher = try lab.start(in: gateway, watchCommand, output: .file(log))
        guard BenchFile.waitFor("watching", in: log, seconds: 30) else {
            throw BenchError.failed("sluice watch did not start:\n\(BenchFile.read(log))")
        }
        guard ProcessUsage.name(pid: watcher.pid) == "sluice" else {
            throw BenchError.failed("process \(watcher.pid) is not sluice but \(ProcessUsage.name(pid: watcher.pid) ?? "gone")")
        }
        Thread.sleep(forTimeInterval: Double(warmUp))
        return watcher
    }

    /// Samples the watcher's usage once a second for `seconds`, with what was sent and what the
    /// kernel counted meanwhile.
    private func measure(_ watcher: LabProcess, sender: any BenchSender, lab: Lab,
                         gateway: LabNamespace) throws -> (window: UsageWindow, sentInWindow: Int, kernelBytes: Int) {
        progress("measuring sluice watch for \(seconds) s")
        let kernelBefore = try totalQuotaUsed(lab: lab, gateway: gateway)
        let sentBefore = sender.sent
        let first = try ProcessUsage.read(pid: watcher.pid)
        var samples: [ProcessUsage] = []
        for second in 1...max(1, seconds) {
            let due = first.time.advanced(by: .seconds(second))
            let wait = ContinuousClock.now.duration(to: due)
            if wait > .zero { Thread.sleep(forTimeInterval: wait.secondsValue) }
            samples.append(try ProcessUsage.read(pid: watcher.pid))
        }
        let window = UsageWindow(start: first, end: samples.last ?? first, samples: samples)
        let sentInWindow = sender.sent - sentBefore
        let kernelAfter = try totalQuotaUsed(lab: lab, gateway: gateway)
        return (window, sentInWindow, kernelAfter - kernelBefore)
    }

    /// Starts the traffic: one unbound socket sending from every address of the inside host, or one
    /// connected socket per user on the node, each created with that uid as its owner.
    private func startSender(lab: Lab, router: LabNamespace) throws -> any BenchSender {
        guard scenario.byUser else {
            let host = try lab.host(WatchPlan.hostName)
            let socket = try host.perform { try UDPSocket(label: "spread sender") }
            return SpreadSender(socket: socket, sources: (0..<scenario.count).map(WatchPlan.address), destination: WatchPlan.sink,
                                port: WatchPlan.sinkPort, rate: rate, size: 32)
        }
        let count = scenario.count
        let sockets = try router.perform { () throws -> [UDPSocket] in
            try (0..<count).map { i in
                let uid = WatchPlan.firstUID + UInt32(i)
                let socket = try FileSystemUID.with(uid) { try UDPSocket(label: "socket of uid \(uid)") }
                try socket.connect(WatchPlan.sink, port: WatchPlan.sinkPort)
                return socket
            }
        }
        return RoundRobinSender(sockets: sockets, rate: rate, size: 32)
    }

    /// Waits until both per-host sets hold an element for every host, so the watcher starts on a
    /// full table.
    private func waitForHosts(lab: Lab, gateway: LabNamespace) throws {
        let deadline = Date().addingTimeInterval(60)
        var counts: [Int] = []
        while Date() < deadline {
            counts = try scenario.sets.map { set in
                let listing = try lab.run(in: gateway, [BenchEnvironment.nft, "-j", "list", "set", "inet", WatchPlan.table, set],
                                          timeout: .seconds(30))
                return try NFTSetListing(json: listing.standardOutput).elements.count
            }
            if counts.allSatisfy({ $0 >= scenario.count }) { return }
            Thread.sleep(forTimeInterval: 1)
        }
        throw BenchError.failed("the per-\(scenario.byUser ? "user" : "host") sets hold \(counts) elements after 60 s, not \(scenario.count) each")
    }

    /// The total quota's used bytes, as nft reads them.
    private func totalQuotaUsed(lab: Lab, gateway: LabNamespace) throws -> Int {
        let result = try lab.run(in: gateway, [BenchEnvironment.nft, "-j", "list", "quota", "inet", WatchPlan.table, scenario.totalQuota],
                                 timeout: .seconds(30))
        guard let root = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any],
              let items = root["nftables"] as? [[String: Any]],
              let quota = items.lazy.compactMap({ $0["quota"] as? [String: Any] }).first,
              let used = quota["used"] as? Int else {
            throw BenchError.failed("nft -j list quota \(scenario.totalQuota): no used bytes in \(result.standardOutput)")
        }
        return used
    }

    /// The watcher's warning and error lines.
    static func problems(in log: String) -> [String] {
        log.split(separator: "\n").filter { $0.contains(" error ") || $0.contains(" warning ") }.map(String.init)
    }
}
