import ArgumentParser
import SluiceOperations

/// The detached timer of `apply --confirm`: rolls back unless `sluice confirm` comes in time.
struct ConfirmTimerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "_confirm-timer", shouldDisplay: false)

    @Option var version: Int64
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try OperationFailure.run { () throws(OperationError) in
            let operations = try TableOperations(table: global.table, stateDirectory: global.stateDirectory)
            if let report = try operations.expireConfirmation(of: version) {
                Output.out("version \(version) was not confirmed; restored version \(report.version?.rolledBackTo ?? 0)\n")
            }
        }
    }
}
