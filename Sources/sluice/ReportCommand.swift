import ArgumentParser
import Foundation
import SluiceOperations
import SluiceSystem

/// `sluice report`: the outbound review over the recorded flows, usage, denied attempts and incidents.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report what left the network: top hosts and destinations, new destinations, would-deny flows, "
            + "denied attempts, incidents and quota usage.",
        discussion: """
            Reads what `sluice watch` recorded (hourly flow rollups, usage, incidents); the hosts' groups and \
            budgets are the live policy's. Periods are whole hours (UTC).

            Example: sluice report --since 30d --format html -o outbound.html
            """)

    @Option(help: "Start of the period: a duration ago (30d), a date (2026-11-01) or a time (default 30d).")
    var since: TimeArgument?

    @Option(help: "End of the period, in the same forms (default now).")
    var until: TimeArgument?

    @Option(help: "Only hosts of this group.")
    var group: String?

    @Option(help: "Only this host (an address, or self).")
    var host: String?

    @Option(help: "How many hosts and destinations the top lists show.")
    var top: Int = 10

    @Option(help: "text (the default), json or html (one self-contained file).")
    var format: ReportFormat?

    @Flag(help: "The same as --format json, as every command with structured output takes it.")
    var json = false

    @Option(name: .shortAndLong, help: "Write the report to FILE instead of standard output.")
    var output: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
        if json, let format, format != .json { throw ValidationError("--json and --format \(format.rawValue) disagree; give one") }
    }

    /// The format asked for: `--format`, `--json`, else text.
    private var chosen: ReportFormat { format ?? (json ? .json : .text) }

    func run() throws {
        let format = chosen
        let json = format == .json
        let request = ReportRequest(since: since?.date ?? Date().addingTimeInterval(-30 * 86_400), until: until?.date ?? Date(),
                                    group: group, host: host, top: top)
        let report = try OperationFailure.run(json: json) { () throws(OperationError) in
            try global.operations().report(request)
        }
        let text: String
        switch format {
        case .json: text = Output.jsonText(report)
        case .html: text = ReportHTML.render(report)
        case .text: text = ReportText.render(report)
        }
        guard let output else {
            Output.out(text)
            return
        }
        do throws(SystemError) {
            try AtomicFile.write(Array(text.utf8), to: output, mode: 0o644)
        } catch {
            throw OperationFailure.report(message: "could not write \(output): \(error)", code: SluiceExit.system, json: json)
        }
    }
}
