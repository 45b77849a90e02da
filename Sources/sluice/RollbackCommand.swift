import ArgumentParser
import SluiceOperations

/// `sluice rollback [ID]`: restore an applied version.
struct RollbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollback",
        abstract: "Restore an applied version (default: the one before the live one); recorded in the history.",
        discussion: "Example: sluice history; sluice rollback 4")

    @Argument(help: "The version to restore (see sluice history).")
    var version: Int64?

    @Option(name: .shortAndLong, help: "A note for the history.")
    var message: String?

    @Flag(name: .shortAndLong, help: "List every kernel operation of the transaction.")
    var verbose = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try OperationFailure.run { () throws(OperationError) in
            let operations = try global.operations()
            let report = try operations.rollback(to: version, message: message)
            Output.out((verbose ? report.plan.summary : PlanDigest.text(report.plan)) + "\n")
            if let v = report.version {
                Output.out("restored version \(v.rolledBackTo ?? 0) as version \(v.id) of table inet \(global.table)\n")
            }
        }
    }
}
