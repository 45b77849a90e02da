import ArgumentParser
import Foundation
import SluiceCompiler
import SluiceOperations

/// `sluice baseline import FILE`: seeds learned quotas' history from flow collector exports.
struct BaselineImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import hourly usage history (CSV host,hour,bytes; hour in RFC 3339 UTC) for learned quotas.",
        discussion: """
            A file with any bad line is refused whole: every bad line is named FILE:LINE and nothing \
            is imported. An hour already known keeps the larger figure, so importing a file twice \
            changes nothing.
            """)

    @Argument(help: "The CSV file: host,hour,bytes per line, as NetFlow/IPFIX collectors export them.")
    var file: String

    @Flag(help: "Print the summary as JSON.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let summary = try OperationFailure.run(json: json) { () throws(OperationError) in
            try global.operations().importBaselines(path: file)
        }
        if json {
            Output.json(summary)
            return
        }
        var out = "imported \(summary.records) hours of usage of \(summary.hosts) host\(summary.hosts == 1 ? "" : "s")"
        if let first = summary.firstHour, let last = summary.lastHour {
            out += " from \(RFC3339.format(unixSeconds: first)) to \(RFC3339.format(unixSeconds: last))"
        }
        Output.out(out + "\n")
    }
}
