import ArgumentParser
import SluiceControl

/// `sluice release HOST`.
struct ReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: "End a host's containment (block or isolation), in the kernel and in the history.")

    @Argument(help: "The host: an IP address, or self.")
    var host: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try ControlFailure.run { () throws(ControlError) in
            let controller = try Controller(table: global.table, stateDirectory: global.stateDirectory)
            if let record = try controller.release(host: host) {
                Output.out("released \(record.host) (was \(record.kind.rawValue)d since \(HistoryCommand.time(record.since)))\n")
            } else {
                Output.out("\(host) was not contained\n")
            }
        }
    }
}
