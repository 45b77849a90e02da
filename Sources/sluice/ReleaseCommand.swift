import SluiceCompiler
import ArgumentParser
import SluiceOperations

/// `sluice release HOST`.
struct ReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: "End a host's containment (block or isolation), in the kernel and in the history.")

    @Argument(help: "The host: an IP address, or self.")
    var host: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try OperationFailure.run { () throws(OperationError) in
            let operations = try global.operations()
            if let record = try operations.release(host: host) {
                Output.out("released \(record.host) (was \(record.kind.rawValue)d since \(RFC3339.formatSeconds(record.since)))\n")
            } else {
                Output.out("\(host) was not contained\n")
            }
        }
    }
}
