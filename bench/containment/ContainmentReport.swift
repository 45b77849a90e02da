import BenchSupport
import Foundation

/// Everything bench-containment measured, and the verdict against the goal (event path p99 ≤ 100 ms).
struct ContainmentReport {
    var backgroundHosts: Int
    var warmUp: TrialOutcome
    var event: [TrialOutcome]
    var poll: [TrialOutcome]
    /// `sluice_watcher_event_handling_seconds_max` at the end of the run.
    var watcherEventMax: Double?
    /// Hosts the benchmark saw isolated that were not in `nft list set isolated_v4` at the end.
    var missingFromSet: [String]
    var overruns: Int
    var loadBefore: LoadAverage
    var loadAfter: LoadAverage
    var seconds: Double

    static let goal = 0.100

    /// The event path's figures.
    var eventDistribution: Distribution { Distribution(event.compactMap(\.latency)) }

    /// Met when every event trial was isolated and their p99 is at most 100 ms.
    var goalMet: Bool {
        let d = eventDistribution
        guard d.count == event.count, let p99 = d.percentile(99), missingFromSet.isEmpty, overruns == 0 else { return false }
        return p99 <= ContainmentReport.goal
    }

    func text() -> String {
        var out = "bench-containment: from the datagram that spends a host's quota to the host in the kernel's isolation set\n"
        out += "gateway lab, quota 50 KB per day per host, on exceed isolate; sluice watch --poll 1s; every trial a fresh host\n"
        out += backgroundHosts > 0
            ? "background: \(backgroundHosts.formatted()) other hosts sending 2 datagrams/s each (per-host and total quotas, never spent)\n"
            : "background: none (the watcher follows only the trial hosts)\n"
        out += "load average: \(loadBefore) before, \(loadAfter) after; \(ProcessInfo.processInfo.activeProcessorCount) cores\n\n"
        out += section("event path (NFLOG message for the datagram that spent the quota)", event)
        out += "  first containment after the watcher started (not in the figures): \(ms(warmUp.latency))"
        out += warmUp.problem.map { " (\($0))" } ?? ""
        out += "\n"
        out += "  watcher's own sluice_watcher_event_handling_seconds_max: \(ms(watcherEventMax))"
        out += " (NFLOG arrival to containment done, inside the watcher)\n\n"
        out += section("poll path (NFLOG message suppressed; the watcher's 1 s poll finds the spent quota)", poll)
        if !missingFromSet.isEmpty {
            out += "NOT in nft list set \(ContainmentPlan.isolationSet) at the end: \(missingFromSet.joined(separator: ", "))\n"
        }
        if overruns > 0 { out += "the notification socket overflowed \(overruns) times: some isolations may be missing\n" }
        let p99 = eventDistribution.percentile(99)
        out += String(format: "\ngoal (event path p99 <= 100 ms): %@ (p99 %@)\n", goalMet ? "met" : "NOT met", ms(p99))
        out += String(format: "ran %.0f s\n", seconds)
        return out
    }

    private func section(_ title: String, _ outcomes: [TrialOutcome]) -> String {
        let d = Distribution(outcomes.compactMap(\.latency))
        var out = "\(title)\n  \(outcomes.count) trials, \(d.count) isolated\n"
        if d.count > 0 {
            out += "  p50 \(ms(d.percentile(50)))  p90 \(ms(d.percentile(90)))  p99 \(ms(d.percentile(99)))"
            out += "  max \(ms(d.max))  min \(ms(d.min))  mean \(ms(d.mean))\n"
        }
        let echoed = Dictionary(grouping: outcomes.filter { $0.problem == nil }, by: \.echoed).mapValues(\.count)
        let counts = echoed.keys.sorted().map { "\($0) (\(echoed[$0] ?? 0) trials)" }
        if !counts.isEmpty { out += "  datagrams echoed before the one that spent the quota: \(counts.joined(separator: ", "))\n" }
        for failed in outcomes.filter({ $0.problem != nil }).prefix(10) {
            out += "  FAILED \(failed.source): \(failed.problem ?? "")\n"
        }
        return out
    }

    private func ms(_ seconds: Double?) -> String {
        guard let seconds else { return "n/a" }
        return String(format: "%.2f ms", seconds * 1000)
    }
}
