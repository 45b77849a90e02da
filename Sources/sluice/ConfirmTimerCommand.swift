import ArgumentParser
import SluiceControl

/// The detached timer of `apply --confirm`: rolls back unless `sluice confirm` comes in time.
struct ConfirmTimerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "_confirm-timer", shouldDisplay: false)

    @Option var version: Int64
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try ControlFailure.run { () throws(ControlError) in
            let controller = try Controller(table: global.table, stateDirectory: global.stateDirectory)
            if let report = try controller.expireConfirmation(of: version) {
                Output.out("version \(version) was not confirmed; restored version \(report.version?.rolledBackTo ?? 0)\n")
            }
        }
    }
}
