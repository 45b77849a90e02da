import Foundation
import Glibc
import SluiceLab

/// Scenario (g), a spread over gateways: two gateways (each a lab of its own with `sluice watch
/// --cluster`) share one 3-member etcd cluster in a namespace of its own; one inside host, the
/// same address behind both, alternates gateways turn by turn. Alone, each gateway would let it
/// send its whole budget; as a fleet they stop it at its one budget and both hold the isolation.
struct DrillGateways {
    var executable: String
    var progress: @Sendable (String) -> Void

    static let management = "10.0.0.2"
    static let host = "10.60.0.10"
    static let mirror = "192.0.2.10"
    static let budget = 1_000_000
    /// One turn through one gateway; eight turns are two budgets.
    static let turn = 250_000
    static let turns = 8
    /// Between turns: the fleet's sync interval (1 s) and a read of the other gateway, so each
    /// turn is known to the other gateway before the next (the overshoot bound in docs/fleet.md
    /// covers a host that does not wait).
    static let pause = 2.2

    static let policy = """
        # Scenario (g): the same policy on both gateways (the quota ids must match).
        policy fleet {
          mode gateway
          egress "wan0"
          management soc
        }

        group soc     \(management)
        group inside  10.60.0.0/24

        destination mirror  \(mirror)
        allow inside to mirror on tcp/80
        allow soc to any

        quota inside  1 MB per day per host    # one budget, whichever gateway the host leaves by

        on exceed inside {
          isolate for 10m
          alert log
        }

        """

    /// A skipped outcome, with why.
    static func skipped(_ why: String) -> DrillOutcome {
        DrillOutcome(name: "(g) spread over gateways", pattern: "one host alternates between two gateways of a fleet",
                     hosts: [host], sent: 0, gotOut: 0, budget: budget, containedAfter: [:], caughtBy: nil,
                     passed: true, notes: [why], skipped: true)
    }

    /// Runs the scenario; returns its outcome, its checks and the tags of its labs.
    func run(scratch: String) throws -> (outcome: DrillOutcome, checks: [(String, Bool)], labTags: [String]) {
        progress("(g) starting a 3-member etcd cluster and two gateways")
        let etcdNamespace = "sldg-\(getpid() % 100_000)"
        try Self.ip("netns add \(etcdNamespace)")
        defer { try? Self.ip("netns del \(etcdNamespace)") }
        try Self.ip("-n \(etcdNamespace) link set lo up")
        let etcd = try LabEtcd(members: 3, namespace: etcdNamespace)
        defer { etcd.destroy() }

        let policyPath = scratch + "/fleet.sluice"
        try Self.policy.write(toFile: policyPath, atomically: true, encoding: .utf8)
        let mirror = try LabAddress(parsing: Self.mirror), host = try LabAddress(parsing: Self.host)
        var labs: [Lab] = []
        defer { for lab in labs { _ = lab.destroy() } }
        var sinks: [TCPListener] = [], watchers: [LabProcess] = [], logs: [String] = []
        for i in 0..<2 {
            let lab = try Lab.create(.gateway(hosts: [try LabHostSpec(name: "soc", parsing: [Self.management]),
                                                      try LabHostSpec(name: "h", parsing: [Self.host])],
                                              outside: [mirror]))
            labs.append(lab)
            let gateway = try startGateway(i, in: lab, etcd: etcd, etcdNamespace: etcdNamespace, policyPath: policyPath,
                                           scratch: scratch, mirror: mirror)
            sinks.append(gateway.sink)
            watchers.append(gateway.watcher)
            logs.append(gateway.log)
        }
        for log in logs where !Drill.waitFor("watching", in: log, seconds: 15) {
            throw DrillError.sluiceFailed("sluice watch --cluster (g)", (try? String(contentsOfFile: log, encoding: .utf8)) ?? "")
        }
        // The members elect a leader while the watchers start; give the first publication a moment.
        Thread.sleep(forTimeInterval: 1.5)

        progress("(g) one host sends \(Self.turn / 1000) KB at a time, alternating gateways, \(Self.turns) turns")
        let start = Date()
        let sent = try Self.alternate(labs, to: mirror)
        let through = sinks.map { $0.counts().bytes(from: host) }
        let held = try labs.map { try !LabTraffic.tcpConnect(from: try $0.host("h"), to: mirror, port: 80, timeout: .milliseconds(800)).isConnected }
        let management = try labs.map {
            try LabTraffic.tcpConnect(from: try $0.host("soc"), to: mirror, port: 80, timeout: .seconds(2)).isConnected
        }
        for watcher in watchers { _ = try? watcher.terminate(grace: .seconds(5)) }

        let alerts = logs.map { DrillAlert.parse((try? String(contentsOfFile: $0, encoding: .utf8)) ?? "") }
        let outcome = Self.judge(alerts, start: start, sent: sent, through: through, held: held)
        let checks = [
            ("(g) the host \(Self.host) cannot leave through gateway a any more", held[0]),
            ("(g) the host \(Self.host) cannot leave through gateway b any more", held[1]),
            ("(g) the management host \(Self.management) still leaves through both gateways", management.allSatisfy { $0 }),
        ]
        return (outcome, checks, labs.map(\.tag))
    }

    /// Gateway `index` (0 is a, 1 is b) in `lab`: linked to etcd, the policy applied, a sink on the
    /// mirror and `sluice watch --cluster` started. The caller owns the lab, and so its cleanup.
    private func startGateway(_ index: Int, in lab: Lab, etcd: LabEtcd, etcdNamespace: String, policyPath: String,
                              scratch: String, mirror: LabAddress) throws -> (sink: TCPListener, watcher: LabProcess, log: String) {
        let gateway = try lab.gateway()
        let endpoints = try Self.link(etcdNamespace, to: gateway, index: index + 1, ports: etcd.clientPorts)
        let state = scratch + "/state-g\(index)", log = scratch + "/watch-g\(index).log"
        try DrillSluice.run(executable, ["apply", policyPath, "--state-dir", state, "-m", "drill (g)"], in: lab, on: gateway,
                            what: "sluice apply (g)")
        let sink = try lab.tcpListener(on: mirror, port: 80)
        let watcher = try lab.start(in: gateway, [executable, "watch", "--state-dir", state, "--cluster", endpoints,
                                                  "--cluster-plaintext", "--gateway", "drill-\(index == 0 ? "a" : "b")"],
                                    output: .file(log))
        return (sink, watcher, log)
    }

    /// The host's turns, alternating between the labs' gateways with a pause after each; returns
    /// the bytes it wrote.
    private static func alternate(_ labs: [Lab], to mirror: LabAddress) throws -> Int {
        var sent = 0
        for t in 0..<turns {
            let result = try LabTraffic.tcpSend(from: try labs[t % 2].host("h"), to: mirror, port: 80, bytes: turn,
                                                timeout: .seconds(2))
            sent += result.bytesWritten
            Thread.sleep(forTimeInterval: pause)
        }
        return sent
    }

    /// Passed when the first gateway to contain the host did so by its quota, the two together let
    /// out about one budget (not two), and both gateways hold the isolation.
    private static func judge(_ alerts: [[DrillAlert]], start: Date, sent: Int, through: [Int], held: [Bool]) -> DrillOutcome {
        let decided = alerts.enumerated().compactMap { i, list in
            list.first { $0.host == host && $0.event == "contained" }.map { (i, $0) }
        }.min { $0.1.time < $1.1.time }
        let gotOut = through.reduce(0, +)
        // What a turn not yet heard of by the stopping gateway can add, plus one segment in flight.
        let allowance = turn + 65_536
        var outcome = DrillOutcome(
            name: "(g) spread over gateways",
            pattern: "one host alternates between two gateways of a fleet (one etcd), \(turn / 1000) KB a turn",
            hosts: [host], sent: sent, gotOut: gotOut, budget: budget, containedAfter: [:],
            caughtBy: decided?.1.quota, passed: false, notes: [])
        if let decided {
            outcome.containedAfter["\(host) on gateway \(decided.0 == 0 ? "a" : "b")"] = decided.1.time.timeIntervalSince(start)
        }
        outcome.passed = decided?.1.quota == "hq_inside_1d" && gotOut <= budget + allowance
            && gotOut < 2 * budget && held.allSatisfy { $0 }
        outcome.notes.append(String(format: "through gateway a %.0f KB, through b %.0f KB: one budget, not two (gateways "
                                    + "counting alone would have passed %.0f KB in all)", Double(through[0]) / 1e3,
                                    Double(through[1]) / 1e3, Double(2 * min(budget, turn * turns / 2)) / 1e3))
        if decided == nil { outcome.notes.append("neither watcher contained the host") }
        return outcome
    }

    /// Links the etcd namespace to a gateway by a veth pair (10.98.INDEX.0/30); returns the
    /// members' client URLs as the gateway reaches them.
    private static func link(_ etcdNamespace: String, to gateway: LabNamespace, index: Int, ports: [UInt16]) throws -> String {
        let here = "\(etcdNamespace)e\(index)", there = "\(etcdNamespace)g\(index)"
        try ip("link add \(here) netns \(etcdNamespace) type veth peer name \(there) netns \(gateway.name)")
        try ip("-n \(etcdNamespace) addr add 10.98.\(index).1/30 dev \(here)")
        try ip("-n \(etcdNamespace) link set \(here) up")
        try ip("-n \(gateway.name) addr add 10.98.\(index).2/30 dev \(there)")
        try ip("-n \(gateway.name) link set \(there) up")
        return ports.map { "http://10.98.\(index).1:\($0)" }.joined(separator: ",")
    }

    private static func ip(_ arguments: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ip")
        process.arguments = arguments.split(separator: " ").map(String.init)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw DrillError.sluiceFailed("ip \(arguments)", "exit \(process.terminationStatus)") }
    }
}
