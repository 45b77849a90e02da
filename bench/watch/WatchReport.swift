import BenchSupport
import Foundation

/// Everything bench-watch measured, and the verdicts against the goals (≤ 2% of one core and
/// ≤ 50 MB resident at the default 1 s poll).
struct WatchReport {
    var scenario: WatchScenario
    var rate: Int
    var warmUp: Int
    var flush: Int?
    var window: UsageWindow
    var sentInWindow: Int
    var refused: Int
    var skipped: Int
    var kernelBytesInWindow: Int
    var watcherExit: Int32
    var problemLines: [String]
    var reference: NFTReferenceResult
    var loadBefore: LoadAverage
    var loadAfter: LoadAverage
    var seconds: Double

    static let cpuGoal = 2.0
    static let memoryGoal = 50 * 1_048_576

    var cpuMet: Bool { window.percentOfCore <= WatchReport.cpuGoal }
    /// Judged on the peak since the watcher started (VmHWM), not only on what the window saw.
    var memoryMet: Bool { window.end.peakRSS <= WatchReport.memoryGoal }

    func text() -> String {
        func mb(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_048_576) }
        var out = "bench-watch: sluice watch with \(scenario.count.formatted()) active \(scenario.noun) sending\n"
        out += "lab: \(scenario.description);\n"
        out += "  the watcher dumps \(scenario.sets.joined(separator: " and ")) at every poll\n"
        out += "  elements per set (nft -j list set): "
        out += scenario.sets.map { "\($0) \(reference.elements[$0] ?? 0)" }.joined(separator: ", ") + "\n"
        let achieved = Double(sentInWindow) / window.seconds
        out += String(format: "traffic: %d datagrams/s asked (32-byte UDP, round-robin), %.0f/s sent in the window", rate, achieved)
        out += "; refused \(refused), skipped \(skipped)\n"
        out += "  the kernel counted \(kernelBytesInWindow.formatted()) bytes against the total quota in the window "
        out += String(format: "(%.0f datagrams/s of 60 bytes)\n", Double(kernelBytesInWindow) / 60 / window.seconds)
        out += "load average: \(loadBefore) before, \(loadAfter) after; \(ProcessInfo.processInfo.activeProcessorCount) cores\n\n"

        let flushText = flush.map { "--flush \($0)s" } ?? "flush 10 s"
        out += String(format: "sluice watch (poll 1 s and %@, the defaults unless given), warm-up %d s, measured %.1f s:\n",
                      flushText, warmUp, window.seconds)
        out += String(format: "  CPU %.2f s = %.2f%% of one core\n", window.cpuSeconds, window.percentOfCore)
        // The watcher's threads all carry dispatch's name, so they are told apart by id.
        let threads = window.byThread.prefix(4).map { entry in
            String(format: "%@ %.2f s", entry.thread.tid == 0 ? "ended threads" : "tid \(entry.thread.tid)", entry.cpuSeconds)
        }
        out += "  busiest threads: \(threads.joined(separator: ", "))\n"
        out += "  RSS \(mb(window.start.rss)) at the start of the window, \(mb(window.end.rss)) at the end "
        out += "(anonymous \(mb(window.end.anonymousRSS)), files \(mb(window.end.fileRSS))), "
        out += "largest in the window \(mb(window.largestRSS)), peak since start (VmHWM) \(mb(window.end.peakRSS))\n"
        out += "  exit status after SIGTERM: \(watcherExit); warnings and errors in its log: \(problemLines.count)\n"
        for line in problemLines.prefix(5) { out += "    \(line)\n" }

        out += String(format: "\nreference, nft -j list set of the same sets once per second (%d runs over %.0f s):\n",
                      reference.runs, reference.windowSeconds)
        out += String(format: "  CPU %.2f s = %.2f%% of one core; %.1f ms per run (median wall); peak RSS of a run %@\n",
                      reference.cpuSeconds, reference.percentOfCore, reference.medianRunSeconds * 1000, mb(reference.peakRSS))
        if reference.cpuSeconds > 0 {
            out += String(format: "  ratio sluice watch / nft: %.2fx CPU\n", window.cpuSeconds / reference.cpuSeconds)
        }
        out += String(format: "\ngoal CPU (<= 2%% of one core): %@ (%.2f%%)\n", cpuMet ? "met" : "NOT met", window.percentOfCore)
        out += "goal memory (<= 50 MB): \(memoryMet ? "met" : "NOT met") (peak \(mb(window.end.peakRSS)))\n"
        out += String(format: "ran %.0f s\n", seconds)
        return out
    }
}
