import ArgumentParser
import Foundation
import SluiceCompiler
import SluiceOperations
import SluiceStore

/// `sluice incidents`: exceeded quotas and manual containments, newest first.
struct IncidentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incidents",
        abstract: "List incidents: exceeded quotas and containments, with what was done, newest first.")

    @Option(help: "Only incidents from the last DURATION (1h, 7d).")
    var since: DurationArgument?

    @Option(help: "Only incidents of this host.")
    var host: String?

    @Option(help: "At most this many.")
    var limit: Int = 50

    @Flag(help: "Print the incidents as JSON.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let incidents = try OperationFailure.run(json: json) { () throws(OperationError) in
            try global.operations().incidents(since: since.map { Date().addingTimeInterval(-TimeInterval($0.seconds)) },
                                              host: host, limit: limit)
        }
        if json {
            Output.json(incidents)
            return
        }
        guard !incidents.isEmpty else {
            Output.out("no incidents\n")
            return
        }
        var rows = [["ID", "TIME (UTC)", "HOST", "QUOTA", "USED", "BUDGET", "ACTIONS", "UNTIL"]]
        for i in incidents {
            rows.append([String(i.id), RFC3339.formatSeconds(i.time), TableOperations.label(i.host, name: i.userName), i.quotaID,
                         i.quotaID == "manual" ? "-" : Units.size(i.bytesUsed),
                         i.quotaID == "manual" ? "-" : Units.size(i.budget),
                         i.actions.joined(separator: ", "), i.containmentExpires.map(RFC3339.formatSeconds) ?? "-"])
        }
        Output.out(TextTable.render(rows))
    }
}
