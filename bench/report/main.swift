import BenchSupport
import Foundation
import SluiceCompiler

// `sluice report` over a month of a large site: 10,000 hosts, 1,000,080 hourly flow rollups over
// 720 hours, 300,000 usage rows (ReportStore), as text, JSON and a self-contained HTML file, each
// the median of 3 runs of the real binary; against sqlite3 computing only the top hosts by bytes
// from the same rows (one aggregate scan in C, the least any such report must do). Goal: under 2 s.
// Option: --state DIR keeps the generated store there and reuses it on later runs.

let runs = 3

func median(_ arguments: [String], stdout: String = "/dev/null", what: String) throws -> Measured {
    try Measured.median(of: arguments, runs: runs, stdout: stdout, what: what)
}

do {
    let dir = try BenchEnvironment.scratch("report")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let arguments = CommandLine.arguments
    let kept = arguments.firstIndex(of: "--state").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    let state = kept ?? dir + "/state"
    let began = ContinuousClock.now
    let start: Int64
    if let kept, let saved = try? String(contentsOfFile: kept + "/bench-start", encoding: .utf8), let value = Int64(saved) {
        start = value
    } else {
        let now = Int64(Date().timeIntervalSince1970)
        start = now - now % 3_600 - Int64(ReportStore.hours) * 3_600
        try ReportStore(start: start).fill(state) { FileHandle.standardError.write(Data(("# " + $0 + "\n").utf8)) }
        try String(start).write(toFile: state + "/bench-start", atomically: true, encoding: .utf8)
    }
    let end = start + Int64(ReportStore.hours) * 3_600
    print("bench-report: a store of \(ReportStore.hosts.formatted()) hosts, "
          + "\((ReportStore.hours * ReportStore.rowsPerHour).formatted()) flow rollups over \(ReportStore.hours) hours, "
          + "\((ReportStore.hosts * ReportStore.hours / 24).formatted()) usage rows (made in \(String(format: "%.0f", BenchFile.seconds(since: began))) s)")
    print("load average: \(LoadAverage.now())")
    let period = ["--since", RFC3339.format(unixSeconds: start), "--until", RFC3339.format(unixSeconds: end), "--state-dir", state]
    var figures: [(String, Measured)] = []
    for format in ["text", "json", "html"] {
        let out = dir + "/report.\(format)"
        let run = try median([BenchEnvironment.sluice, "report", "--format", format, "-o", out] + period, what: "report \(format)")
        let size = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
        print("sluice report --format \(format): \(run)  (\(size.formatted()) bytes)")
        figures.append((format, run))
    }
    let query = "SELECT host_id, SUM(bytes) FROM flow_hour WHERE table_name = 'sluice' AND hour >= \(start) AND hour < \(end) "
        + "GROUP BY host_id ORDER BY 2 DESC LIMIT 10"
    let reference = try median(["/usr/bin/sqlite3", state + "/sluice.db", query], what: "sqlite3")
    print("sqlite3 top hosts only:      \(reference)  (reference)")
    for (format, run) in figures {
        print(String(format: "ratio %@/sqlite3: %.2fx wall; goal under 2 s: %@", format, run.wall / reference.wall,
                     run.wall < 2 ? "met" : "NOT met"))
    }
    print("load average after: \(LoadAverage.now())")
} catch {
    print("bench-report: \(error)")
    exit(1)
}
