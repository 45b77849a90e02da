import Foundation
import SluiceLab

/// Scenario (e), a ramp: a host with two weeks of normal history (seeded with `sluice baseline
/// import`) ramps to 5x its normal, staying under every fixed quota, and must be contained by its
/// learned quota within one learned window; a host at 1.2x its normal must not be. The window is
/// ten seconds, so the usual for a window is a sixth of a 1-minute share of the hourly history.
struct DrillRamp {
    var executable: String
    var progress: @Sendable (String) -> Void

    static let management = "10.0.0.2"
    static let ramp = "10.60.0.10"
    static let steady = "10.60.0.11"
    static let mirror = "192.0.2.10"
    /// The hosts' normal: 36 MB an hour, which is 100 KB per 10 s window.
    static let hourly = 36_000_000
    static let usual = 100_000
    static let window = 10.0
    /// 3x usual: 300 KB per window.
    static let limit = 300_000
    /// The ramp sends at 5x normal, the steady host at 1.2x, both for `seconds`.
    static let rampPace = 50_000
    static let steadyPace = 12_000
    static let seconds = 14.0

    static let policy = """
        # Scenario (e): learned quotas hold each host to 3x its own usual volume per 10 s.
        policy ramp {
          mode gateway
          egress "wan0"
          management soc
        }

        group soc   \(management)
        group ramp  10.60.0.0/24

        destination mirror  \(mirror)

        allow ramp to mirror on tcp/80
        allow soc to any

        quota ramp  3x usual at least 50 KB per 10s per host
        quota ramp  50 MB per day per host     # the fixed quota: far above any ramp here

        on exceed ramp {
          block for 10m
          alert log
        }

        """

    /// Two weeks of hourly history, up to the current hour, for both hosts.
    static func history(now: Date) -> String {
        let hour = Int64(now.timeIntervalSince1970) / 3_600 * 3_600
        let formatter = ISO8601DateFormatter()
        var csv = "host,hour,bytes\n"
        for t in stride(from: hour - 14 * 86_400, to: hour, by: 3_600) {
            let stamp = formatter.string(from: Date(timeIntervalSince1970: TimeInterval(t)))
            csv += "\(ramp),\(stamp),\(hourly)\n\(steady),\(stamp),\(hourly)\n"
        }
        return csv
    }

    /// Runs the scenario; returns its outcome, its checks and its policy.
    func run(scratch: String) throws -> (outcome: DrillOutcome, checks: [(String, Bool)], policy: String, labTag: String) {
        progress("(e) seeding two weeks of history with sluice baseline import, then a ramp to 5x normal")
        let policyPath = scratch + "/ramp.sluice", historyPath = scratch + "/ramp-history.csv"
        let stateDirectory = scratch + "/state-e", watchLog = scratch + "/watch-e.log"
        try Self.policy.write(toFile: policyPath, atomically: true, encoding: .utf8)
        try Self.history(now: Date()).write(toFile: historyPath, atomically: true, encoding: .utf8)
        let mirror = try LabAddress(parsing: Self.mirror)
        let lab = try Lab.create(.gateway(hosts: [try LabHostSpec(name: "soc", parsing: [Self.management]),
                                                  try LabHostSpec(name: "ramp", parsing: [Self.ramp]),
                                                  try LabHostSpec(name: "steady", parsing: [Self.steady])],
                                          outside: [mirror]))
        defer { _ = lab.destroy() }
        let gateway = try lab.gateway()
        for (what, arguments) in [("sluice baseline import", ["baseline", "import", historyPath]),
                                  ("sluice apply (e)", ["apply", policyPath, "-m", "drill (e)"])] {
            try DrillSluice.run(executable, arguments + ["--state-dir", stateDirectory], in: lab, on: gateway, what: what)
        }
        let sink = try lab.tcpListener(on: mirror, port: 80)
        let watcher = try DrillSluice.watch(executable, ["--state-dir", stateDirectory], in: lab, on: gateway, log: watchLog,
                                            what: "sluice watch (e)")

        let rampHost = try lab.host("ramp"), steadyHost = try lab.host("steady")
        // The ramp starts just after a window starts. Started later in a window, a ramp to 5x
        // under a 3x limit may finish the window under it and be stopped 3/5 into the next one:
        // up to 1.6 windows after it started. Aligned, the drill measures the one-window goal.
        let now = Date().timeIntervalSince1970
        Thread.sleep(forTimeInterval: (now / Self.window).rounded(.up) * Self.window - now + 0.2)
        let start = Date()
        let done = DispatchGroup()
        let steadySent = SentBytes()
        for (host, pace, sent) in [(rampHost, Self.rampPace, SentBytes()), (steadyHost, Self.steadyPace, steadySent)] {
            done.enter()
            Thread.detachNewThread {
                defer { done.leave() }
                let r = try? LabTraffic.tcpSend(from: host, to: mirror, port: 80, bytes: Int(Double(pace) * Self.seconds),
                                                chunk: 2_000, pace: pace, timeout: .seconds(Int64(Self.seconds) + 6))
                sent.set(r?.bytesWritten ?? 0)
            }
        }
        done.wait()
        Thread.sleep(forTimeInterval: 1.0)
        let checks = [
            ("the steady host \(Self.steady), at 1.2x its usual, still reaches the mirror",
             try LabTraffic.tcpConnect(from: steadyHost, to: mirror, port: 80, timeout: .seconds(2)).isConnected),
        ]
        _ = try? watcher.terminate(grace: .seconds(5))
        let alerts = DrillAlert.parse((try? String(contentsOfFile: watchLog, encoding: .utf8)) ?? "")
        let counts = sink.counts()
        let outcome = Self.judge(alerts, start: start, rampOut: counts.bytes(from: try LabAddress(parsing: Self.ramp)),
                                 steadyOut: counts.bytes(from: try LabAddress(parsing: Self.steady)), steadySent: steadySent.value)
        return (outcome, checks, Self.policy, lab.tag)
    }

    /// Passed when the ramp was contained by its learned quota within one window of starting, and
    /// the steady host got everything out without an alert.
    static func judge(_ alerts: [DrillAlert], start: Date, rampOut: Int, steadyOut: Int, steadySent: Int) -> DrillOutcome {
        let contained = alerts.first { $0.host == ramp && $0.event == "contained" }
        var outcome = DrillOutcome(
            name: "(e) ramp",
            pattern: "a host with two weeks of history ramps to 5x its normal, under every fixed quota",
            hosts: [ramp], sent: Int(Double(rampPace) * seconds), gotOut: rampOut,
            budget: limit, containedAfter: [:], caughtBy: contained?.quota, passed: false, notes: [])
        let after = contained.map { $0.time.timeIntervalSince(start) }
        if let after { outcome.containedAfter[ramp] = after }
        let steadyUntouched = !alerts.contains { $0.host == steady } && steadyOut >= steadySent && steadySent > 0
        let inTime = (after ?? .infinity) <= window
        outcome.passed = contained?.quota == "hq_ramp_10s" && inTime && steadyUntouched
        outcome.notes.append("learned limit 3x a usual \(usual / 1000) KB per 10 s window; contained within one window "
                             + "of the ramp starting: " + (inTime ? "yes" : "no"))
        outcome.notes.append("the steady host at 1.2x its normal sent \(steadyOut / 1000) KB and was never contained: "
                             + (steadyUntouched ? "yes" : "no"))
        return outcome
    }
}
