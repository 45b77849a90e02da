import Foundation
import SluiceLab

/// `sluice drill`: builds a throwaway lab (a gateway, inside hosts, an outside network with
/// listeners), applies the drill policy with `sluice apply`, starts `sluice watch`, replays four
/// exfiltration patterns at once, then a ramp against a learned baseline, then a stolen account on a
/// login node (host mode, real local accounts), and reports what got out and when each host or user was contained.
/// With two gateways, also a host spreading its traffic over a fleet joined by etcd (scenario (g)).
/// Everything it creates is removed at the end, also when interrupted.
public struct Drill {
    /// The `sluice` binary to run inside the gateway namespace.
    public var executable: String
    /// Progress lines, as the drill goes.
    public var progress: @Sendable (String) -> Void
    /// 2 adds scenario (g), a fleet of two gateways; 1 (the default) leaves it out.
    public var gateways: Int

    /// Where the fleet scenario's etcd comes from (Debian's `etcd-server`).
    static let etcd = "/usr/bin/etcd"

    /// Creates a drill that runs `executable`.
    public init(executable: String, gateways: Int = 1, progress: @escaping @Sendable (String) -> Void = { _ in }) {
        self.executable = executable
        self.gateways = gateways
        self.progress = progress
    }

    /// Runs the drill; throws only when the lab itself could not be built or Sluice could not start.
    public func run() throws -> DrillReport {
        let started = Date()
        try LabSignalCleanup.install()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-drill-\(getpid())").path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let patterns = try runPatterns(scratch: scratch)

        // Learned quotas: a ramp against a seeded baseline, in a lab of its own.
        let ramp = try DrillRamp(executable: executable, progress: progress).run(scratch: scratch)
        // Host mode: a login node and its accounts, in a lab of its own.
        let stolen = try DrillStolenAccount(executable: executable, progress: progress).run(scratch: scratch)
        var report = DrillReport(scenarios: patterns.outcomes + [ramp.outcome, stolen.outcome],
                                 checks: patterns.checks + ramp.checks + stolen.checks,
                                 policy: DrillPlan.policy + "\n" + ramp.policy + "\n" + stolen.policy,
                                 seconds: Date().timeIntervalSince(started), labTag: patterns.labTag,
                                 otherLabTags: [ramp.labTag, stolen.labTag], accounts: stolen.accounts)
        if gateways >= 2 {
            try addFleet(to: &report, scratch: scratch)
        }
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    /// The four patterns (a)-(d) against the drill policy, in a lab of their own that is gone on return.
    private func runPatterns(scratch: String) throws -> (outcomes: [DrillOutcome], checks: [(String, Bool)], labTag: String) {
        let policyPath = scratch + "/drill.sluice"
        try DrillPlan.policy.write(toFile: policyPath, atomically: true, encoding: .utf8)
        let stateDirectory = scratch + "/state"
        let watchLog = scratch + "/watch.log"

        progress("building the lab (gateway, \(DrillPlan.farm.count + 5) inside hosts, outside network)")
        let lab = try Lab.create(try DrillPlan.spec())
        defer { _ = lab.destroy() }
        let gateway = try lab.gateway()

        progress("applying the drill policy with sluice apply")
        try DrillSluice.run(executable, ["apply", policyPath, "--state-dir", stateDirectory, "-m", "drill"], in: lab, on: gateway,
                            what: "sluice apply")
        let mirror = try lab.tcpListener(on: try LabAddress(parsing: DrillPlan.mirror), port: 80)
        let dropSite = try lab.tcpListener(on: try LabAddress(parsing: DrillPlan.dropSite), port: 443)
        let bystanderSSH = try lab.tcpListener(in: try lab.host("bystander"), address: try LabAddress(parsing: DrillPlan.bystander), port: 22)
        let bulkSSH = try lab.tcpListener(in: try lab.host("bulk"), address: try LabAddress(parsing: DrillPlan.bulk), port: 22)
        _ = (bystanderSSH, bulkSSH)

        progress("starting sluice watch")
        let watcher = try DrillSluice.watch(executable, ["--state-dir", stateDirectory, "--denied-threshold", "5"], in: lab,
                                            on: gateway, log: watchLog, what: "sluice watch")

        progress("replaying four exfiltration patterns at once (about 30 s)")
        let results = try replay(lab)
        // The watcher writes alerts as it contains; give the last ones a moment.
        Thread.sleep(forTimeInterval: 1.5)
        progress("checking isolation")
        let checks = try isolationChecks(lab)
        _ = try? watcher.terminate(grace: .seconds(5))
        let alerts = DrillAlert.parse((try? String(contentsOfFile: watchLog, encoding: .utf8)) ?? "")
        let outcomes = DrillJudge(results: results, alerts: alerts, mirror: mirror.counts(), dropSite: dropSite.counts())
            .outcomes()
        _ = lab.destroy()
        return (outcomes, checks, lab.tag)
    }

    /// Scenario (g), a fleet of two gateways, into `report`; skipped (and said so) without etcd.
    private func addFleet(to report: inout DrillReport, scratch: String) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.etcd) else {
            report.scenarios.append(DrillGateways.skipped("not run: \(Self.etcd) is missing (install etcd-server)"))
            return
        }
        let fleet = try DrillGateways(executable: executable, progress: progress).run(scratch: scratch)
        report.scenarios.append(fleet.outcome)
        report.checks += fleet.checks
        report.otherLabTags += fleet.labTags
        report.policy += "\n" + DrillGateways.policy
    }

    /// Runs the four patterns concurrently, each on its own thread (they block on sockets).
    private func replay(_ lab: Lab) throws -> DrillResults {
        let results = DrillResults()
        let group = DispatchGroup()
        func spawn(_ body: @escaping @Sendable () throws -> Void) {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                do { try body() } catch { results.fail("\(error)") }
            }
        }
        let mirror = try LabAddress(parsing: DrillPlan.mirror)
        let dropSite = try LabAddress(parsing: DrillPlan.dropSite)
        let bulk = try lab.host("bulk"), slow = try lab.host("slow"), prober = try lab.host("prober")
        spawn {
            results.started("bulk")
            let r = try LabTraffic.tcpSend(from: bulk, to: mirror, port: 80, bytes: 20_000_000, timeout: .seconds(8))
            results.sent("bulk", r.bytesWritten)
        }
        spawn {
            results.started("slow")
            let r = try LabTraffic.tcpSend(from: slow, to: mirror, port: 80, bytes: 4_000_000, chunk: 8_000,
                                           pace: DrillPlan.slowPace, timeout: .seconds(33))
            results.sent("slow", r.bytesWritten)
        }
        results.started("farm")
        for i in 1...DrillPlan.farm.count {
            let host = try lab.host("farm\(i)")
            spawn {
                let r = try LabTraffic.tcpSend(from: host, to: mirror, port: 80, bytes: 500_000, chunk: 8_000,
                                               pace: 100_000, timeout: .seconds(15))
                results.sent("farm", r.bytesWritten)
            }
        }
        spawn {
            results.started("prober")
            for _ in 0..<12 {
                _ = try LabTraffic.tcpConnect(from: prober, to: dropSite, port: 443, timeout: .milliseconds(300))
                results.sent("prober", 1)
                Thread.sleep(forTimeInterval: 0.2)
            }
        }
        group.wait()
        return results
    }

    /// After the patterns: isolation cuts lateral traffic, management still gets in, and hosts that
    /// did nothing wrong are untouched.
    private func isolationChecks(_ lab: Lab) throws -> [(String, Bool)] {
        let mirror = try LabAddress(parsing: DrillPlan.mirror)
        let bystander = try LabAddress(parsing: DrillPlan.bystander)
        let bulk = try LabAddress(parsing: DrillPlan.bulk)
        let lateral = try LabTraffic.tcpConnect(from: try lab.host("bulk"), to: bystander, port: 22, timeout: .milliseconds(800))
        let management = try LabTraffic.tcpConnect(from: try lab.host("soc"), to: bulk, port: 22, timeout: .seconds(2))
        let untouched = try LabTraffic.tcpConnect(from: try lab.host("bystander"), to: mirror, port: 80, timeout: .seconds(2))
        return [
            ("the isolated bulk host \(DrillPlan.bulk) cannot reach the inside host \(DrillPlan.bystander) (lateral traffic cut)",
             !lateral.isConnected),
            ("the management host \(DrillPlan.management) still reaches the isolated host \(DrillPlan.bulk)", management.isConnected),
            ("the bystander \(DrillPlan.bystander), which stayed in budget, still reaches the mirror", untouched.isConnected),
        ]
    }

    /// Waits until `needle` appears in the file.
    static func waitFor(_ needle: String, in path: String, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), text.contains(needle) { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }
}
