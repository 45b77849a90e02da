import ArgumentParser
import SluiceCompiler
import SluiceOperations

/// `sluice status [--json]`: usage per host and quota, window resets, containment.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show quota usage per host (share of the budget, window reset) and contained hosts.",
        discussion: "Reads the kernel and the state directory; works whether or not the watcher runs. With --cluster: "
            + "which gateway of the fleet runs which version, which refused it and why (docs/fleet.md).")

    @Flag(help: "Print the status as JSON.")
    var json = false

    @Flag(help: "List every host, not only those that used 10% or more of a budget.")
    var all = false

    @Flag(help: "Also list each learned DNS name: its addresses, their expiries and cap warnings (always in --json).")
    var names = false

    @OptionGroup var cluster: ClusterOptions

    @OptionGroup var global: GlobalOptions

    func run() throws {
        if let fleet = try ClusterPolicyCommand(cluster, table: global.table, json: json) {
            try ClusterPolicyViews.status(fleet)
            return
        }
        let status = try OperationFailure.run(json: json) { () throws(OperationError) in try global.operations().status() }
        if json {
            Output.json(status.watch)
            return
        }
        Output.out(StatusText.render(status.watch, policy: status.compiled.name, version: status.version.id, all: all))
        if names { Output.out("\n" + NamesText.render(status.watch.names)) }
    }
}
