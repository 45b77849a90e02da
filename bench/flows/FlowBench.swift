import BenchSupport
import Foundation
import SluiceLab
import SluiceSystem

/// Builds the lab, applies the policy with the real `sluice apply`, starts the real `sluice watch`,
/// sends `rate` new UDP connections per second for the warm-up and the measured window, then stops
/// the traffic and the watcher (which reads and writes what is left) and compares the bytes and
/// packets it stored with the kernel's counter of the same packets. Everything it creates is
/// removed at the end, also on failure.
struct FlowBench {
    var hosts: Int
    var rate: Int
    var warmUp: Int
    var seconds: Int
    var sluice: String
    var progress: (String) -> Void

    /// Runs the whole benchmark and returns its report; everything it made is gone on return.
    func run() throws -> String {
        try LabSignalCleanup.install()
        let scratch = try BenchEnvironment.scratch("flows")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let policyPath = scratch + "/bench.sluice", referencePath = scratch + "/reference.nft"
        try FlowPlan.policy.write(toFile: policyPath, atomically: true, encoding: .utf8)
        try FlowPlan.reference.write(toFile: referencePath, atomically: true, encoding: .utf8)
        let state = scratch + "/state", log = scratch + "/watch.log"
        let loadBefore = LoadAverage.now()

        progress("building the lab: a gateway, one inside host with \(hosts) addresses, a UDP sink outside")
        let lab = try Lab.create(try FlowPlan.spec(hosts: hosts), commandTimeout: .seconds(120))
        defer { _ = lab.destroy() }
        let gateway = try lab.gateway(), host = try lab.host(FlowPlan.hostName)
        try prepare(gateway, in: lab, policyPath: policyPath, referencePath: referencePath, state: state)

        let watcher = try lab.start(in: gateway, [sluice, "watch", "--state-dir", state], output: .file(log))
        guard BenchFile.waitFor("watching", in: log, seconds: 30) else {
            throw BenchError.failed("sluice watch did not start:\n\(BenchFile.read(log))")
        }
        let sink = try lab.outside.perform { () throws -> UDPSocket in
            let socket = try UDPSocket(label: "udp sink")
            try socket.bind(FlowPlan.sink, port: FlowPlan.sinkPort)
            return socket
        }
        let senders = try startSenders(from: host)
        Thread.sleep(forTimeInterval: Double(warmUp))
        let measured = try measure(watcher, senders: senders)

        // The watcher's last read at a clean stop takes in every connection still open.
        progress("stopping sluice watch (it reads and writes what is left)")
        if let status = try watcher.exitStatus() { throw BenchError.failed("sluice watch exited (\(status)):\n\(BenchFile.read(log))") }
        let exit = try watcher.terminate(grace: .seconds(60))
        let kernel = try counter(lab: lab, gateway: gateway)
        let stored = try storedTotals(state: state)
        withExtendedLifetime(sink) {}
        return report(window: measured.window, sentInWindow: measured.sentInWindow, sent: measured.sent, exit: exit,
                      kernel: kernel, stored: stored, loadBefore: loadBefore)
    }

    /// Applies the policy with `sluice apply`, loads the reference counter and shortens conntrack's
    /// UDP timeout in the gateway.
    private func prepare(_ gateway: LabNamespace, in lab: Lab, policyPath: String, referencePath: String, state: String) throws {
        let apply = try lab.run(in: gateway, [sluice, "apply", policyPath, "--state-dir", state, "-m", "bench-flows"],
                                timeout: .seconds(60), check: false)
        guard apply.status == 0 else { throw BenchError.failed("sluice apply failed:\n\(apply.standardError)") }
        try lab.run(in: gateway, [BenchEnvironment.nft, "-f", referencePath])
        try lab.run(in: gateway, ["sysctl", "-qw", "net.netfilter.nf_conntrack_udp_timeout=\(FlowPlan.udpTimeout)"])
    }

    /// Starts one sender per source port on `host`, together `rate` new connections a second over
    /// every address.
    private func startSenders(from host: LabNamespace) throws -> [SpreadSender] {
        progress("sending \(rate) new connections/s from \(hosts) addresses over \(FlowPlan.sourcePorts.count) source ports")
        let sources = (0..<hosts).map(FlowPlan.address)
        return try FlowPlan.sourcePorts.map { port in
            let socket = try host.perform { () throws -> UDPSocket in
                let socket = try UDPSocket(label: "sender \(port)")
                try socket.bind(IPv4(0, 0, 0, 0), port: port)
                return socket
            }
            return SpreadSender(socket: socket, sources: sources, destination: FlowPlan.sink, port: FlowPlan.sinkPort,
                                rate: rate / FlowPlan.sourcePorts.count, size: 32)
        }
    }

    /// The watcher's usage over `seconds`, with what was sent meanwhile; then stops the senders
    /// and returns what they sent in all.
    private func measure(_ watcher: LabProcess, senders: [SpreadSender]) throws -> (window: UsageWindow, sentInWindow: Int, sent: Int) {
        progress("measuring sluice watch for \(seconds) s")
        let sentBefore = senders.reduce(0) { $0 + $1.sent }
        let first = try ProcessUsage.read(pid: watcher.pid)
        Thread.sleep(forTimeInterval: Double(seconds))
        let window = UsageWindow(start: first, end: try ProcessUsage.read(pid: watcher.pid))
        let sentInWindow = senders.reduce(0) { $0 + $1.sent } - sentBefore
        for sender in senders { sender.stop() }
        let errors = senders.compactMap(\.error)
        guard errors.isEmpty else { throw BenchError.failed("a sender failed: \(errors)") }
        let sent = senders.reduce(0) { $0 + $1.sent }
        return (window, sentInWindow, sent)
    }

    /// The report: the traffic, the watcher's CPU and memory, and its flow rollups against the
    /// kernel's counter.
    private func report(window: UsageWindow, sentInWindow: Int, sent: Int, exit: Int32, kernel: (bytes: Int, packets: Int),
                        stored: (bytes: Int, packets: Int, flows: Int), loadBefore: LoadAverage) -> String {
        var out = "bench-flows: sluice watch while \(rate.formatted()) new connections/s cross the gateway\n"
        out += "lab: \(hosts.formatted()) addresses in group clients, UDP to \(FlowPlan.sink):\(FlowPlan.sinkPort) over "
        out += "\(FlowPlan.sourcePorts.count) source ports, conntrack UDP timeout \(FlowPlan.udpTimeout) s\n"
        out += String(format: "traffic: %.0f new connections/s in the window (%d datagrams in all)\n",
                      Double(sentInWindow) / window.seconds, sent)
        out += String(format: "sluice watch: %.1f%% of one core over %.0f s (%.2f s CPU), peak %.1f MB; exit %d\n",
                      window.percentOfCore, window.seconds, window.cpuSeconds, Double(window.end.peakRSS) / 1_048_576, exit)
        for (thread, cpu) in window.byThread.sorted(by: { $0.cpuSeconds > $1.cpuSeconds }).prefix(4) {
            out += String(format: "  thread %@: %.2f s\n", thread.name, cpu)
        }
        out += "kernel counter (nft, forward hook): \(kernel.bytes) bytes, \(kernel.packets) packets\n"
        out += "stored flow rollups:                \(stored.bytes) bytes, \(stored.packets) packets, \(stored.flows) connections\n"
        let ratio = kernel.bytes > 0 ? Double(stored.bytes) / Double(kernel.bytes) : 0
        out += String(format: "accounted: %.4f of the kernel's bytes; goal every byte: %@\n", ratio,
                      stored.bytes == kernel.bytes ? "met" : "NOT met")
        out += String(format: "goal <= 10%% of one core: %@\n", window.percentOfCore <= 10 ? "met" : "NOT met")
        out += "load average: before \(loadBefore), after \(LoadAverage.now())\n"
        return out
    }

    /// The reference counter's bytes and packets.
    private func counter(lab: Lab, gateway: LabNamespace) throws -> (bytes: Int, packets: Int) {
        let result = try lab.run(in: gateway, [BenchEnvironment.nft, "-j", "list", "counter", "inet", "benchref", "clients"])
        guard let root = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any],
              let items = root["nftables"] as? [[String: Any]],
              let counter = items.lazy.compactMap({ $0["counter"] as? [String: Any] }).first,
              let bytes = counter["bytes"] as? Int, let packets = counter["packets"] as? Int else {
            throw BenchError.failed("no counter in \(result.standardOutput)")
        }
        return (bytes, packets)
    }

    /// What the watcher stored, summed over every rollup (sqlite3 on the state database).
    private func storedTotals(state: String) throws -> (bytes: Int, packets: Int, flows: Int) {
        let run = try Measured.run(["/usr/bin/sqlite3", state + "/sluice.db",
                                    "SELECT COALESCE(SUM(bytes),0), COALESCE(SUM(packets),0), COALESCE(SUM(flows),0) FROM flow_hour"],
                                   stdout: state + "/totals.txt")
        let text = (try? String(contentsOfFile: state + "/totals.txt", encoding: .utf8)) ?? ""
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|").compactMap { Int($0) }
        guard run.status == 0, parts.count == 3 else { throw BenchError.failed("sqlite3 failed: \(run.output) \(text)") }
        return (parts[0], parts[1], parts[2])
    }
}
