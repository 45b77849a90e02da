import ArgumentParser
import SluiceOperations

/// `sluice confirm`: keep the policy applied with `--confirm`.
struct ConfirmCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm",
        abstract: "Keep the policy applied with --confirm, before its rollback timer runs out.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try OperationFailure.run { () throws(OperationError) in
            // No reconcile first: a confirm after the deadline must say so itself, not find nothing.
            let pending = try TableOperations(table: global.table, stateDirectory: global.stateDirectory).confirm()
            Output.out("confirmed version \(pending.versionID) of table inet \(global.table)\n")
        }
    }
}
