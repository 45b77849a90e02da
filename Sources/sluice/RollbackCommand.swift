import ArgumentParser
import SluiceOperations

/// `sluice rollback [ID]`: restore an applied version.
struct RollbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollback",
        abstract: "Restore an applied version (default: the one before the live one); recorded in the history.",
        discussion: "Example: sluice history; sluice rollback 4. With --cluster: publishes a version the fleet keeps "
            + "(sluice history --cluster) again, through the same conditioned transaction as apply --cluster.")

    @Argument(help: "The version to restore (see sluice history).")
    var version: Int64?

    @Option(name: .shortAndLong, help: "A note for the history.")
    var message: String?

    @Flag(name: .shortAndLong, help: "List every kernel operation of the transaction.")
    var verbose = false

    @Flag(help: "With --cluster: print the outcome (or the error) as JSON.")
    var json = false

    @OptionGroup var cluster: ClusterOptions

    @OptionGroup var global: GlobalOptions

    func run() throws {
        if let fleet = try ClusterPolicyCommand(cluster, table: global.table, json: json) {
            try ClusterPolicyViews.rollback(fleet, to: version, message: message)
            return
        }
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
