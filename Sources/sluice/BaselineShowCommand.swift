import ArgumentParser
import Foundation
import SluiceCompiler
import SluiceOperations
import SluiceWatch

/// `sluice baseline show [HOST]`: every learned quota's current limits; for a host, its own and its
/// hour-of-week profile.
struct BaselineShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show each host's usual volume, learned limit and warm-up state; for one host, its hour-of-week profile.")

    @Argument(help: "Only this host (an IP address), with its hour-of-week profile.")
    var host: String?

    @Flag(help: "Print the baselines as JSON.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let report = try OperationFailure.run(json: json) { () throws(OperationError) in
            try global.operations().baselines(host: host)
        }
        if json {
            Output.json(report)
            return
        }
        var out = "table inet \(report.table): version \(report.version)\n"
        if report.quotas.isEmpty { out += "the live policy has no learned quotas\n" }
        for quota in report.quotas {
            out += "\n\(quota.id): \(quota.rule), learning from \(Units.duration(quota.learnSeconds))\n"
            guard let start = quota.windowStart else {
                out += "  no limits written yet (the watcher writes them at every window start)\n"
                continue
            }
            out += "  window from \(RFC3339.formatSeconds(Date(timeIntervalSince1970: TimeInterval(start)))) UTC\n"
            var rows = [["HOST", "USUAL", "LIMIT", "HISTORY", "STATE"]]
            for h in quota.hosts {
                rows.append([h.host.description, Units.size(h.usual), Units.size(h.limit), Units.duration(UInt64(max(0, h.historySeconds))),
                             h.warmingUp ? "warming up (group usual)" : "learned"])
            }
            out += TextTable.render(rows)
        }
        if let host = report.host, let profile = report.profile {
            out += "\n\(host): \(report.historyHours ?? 0) hours of history; median bytes per hour of the week (UTC)\n"
            var rows = [["DAY"] + (0..<24).map { String(format: "%02d", $0) }]
            for (d, day) in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].enumerated() {
                rows.append([day] + (0..<24).map { Units.size(profile[d * 24 + $0]) })
            }
            out += TextTable.render(rows)
        }
        Output.out(out)
    }
}
