import ArgumentParser
import Foundation
import SluiceCompiler
import SluiceOperations
import SluiceStore
import SluiceWatch

/// `sluice status [--json]`: usage per host and quota, window resets, containment.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show quota usage per host (share of the budget, window reset) and contained hosts.",
        discussion: "Reads the kernel and the state directory; works whether or not the watcher runs.")

    @Flag(help: "Print the status as JSON.")
    var json = false

    @Flag(help: "List every host, not only those that used 10% or more of a budget.")
    var all = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let (version, compiled) = try OperationFailure.run { () throws(OperationError) in
            try TableOperations(table: global.table, stateDirectory: global.stateDirectory).livePolicy()
        }
        let status: WatchStatus
        do {
            let store = try SluiceStore(directory: global.stateDirectory)
            status = try WatchStatus.read(compiled: compiled, table: global.table, at: Date(),
                                          kernel: try NetfilterWatchKernel(), store: SluiceStoreAdapter(store))
        } catch {
            Output.err("error: \(error)\n")
            throw SluiceExit.system
        }
        if json {
            Output.json(status)
            return
        }
        Output.out(StatusText.render(status, policy: compiled.name, version: version.id, all: all))
    }
}
