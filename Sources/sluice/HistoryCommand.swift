import ArgumentParser
import Foundation
import SluiceCompiler
import SluiceOperations
import SluiceStore

/// `sluice history`: the applied versions, newest first.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List applied versions: id, time, user, hash, kind, message, and which is live.",
        discussion: "With --cluster: the versions published to the fleet (docs/fleet.md).")

    @Option(help: "Show at most this many versions.")
    var limit: Int?

    @Flag(help: "Print the history as JSON.")
    var json = false

    @OptionGroup var cluster: ClusterOptions

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        // 0 printed "no versions have been applied" and a negative number listed them all.
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        if let fleet = try ClusterPolicyCommand(cluster, table: global.table, json: json) {
            try ClusterPolicyViews.history(fleet, limit: limit)
            return
        }
        let (versions, missing) = try OperationFailure.run(json: json) { () throws(OperationError) in
            let operations = try global.operations()
            let versions = try operations.history(limit: limit)
            return (versions, operations.missingLiveTable(versions.first(where: \.isLive)?.id))
        }
        if let missing { Output.err("warning: \(missing)\n") }
        if json {
            Output.out(JSONValue.array(versions.map { v in
                .object([("id", .int(v.id)), ("time", .string(RFC3339.formatSeconds(v.time))), ("user", .string(v.user)),
                         ("hash", .string(v.hash)), ("kind", .string(v.kind.rawValue)),
                         ("rolled_back_to", v.rolledBackTo.map { .int($0) } ?? .null),
                         ("message", .string(v.message)), ("live", .bool(v.isLive))])
            }).pretty() + "\n")
            return
        }
        guard !versions.isEmpty else {
            Output.out("no versions of table inet \(global.table) have been applied\n")
            return
        }
        var rows = [["", "ID", "TIME (UTC)", "USER", "HASH", "KIND", "MESSAGE"]]
        for v in versions {
            let kind = v.rolledBackTo.map { "\(v.kind.rawValue) to \($0)" } ?? v.kind.rawValue
            rows.append([v.isLive ? "*" : "", String(v.id), RFC3339.formatSeconds(v.time), v.user, String(v.hash.prefix(12)), kind, v.message])
        }
        Output.out(TextTable.render(rows))
    }
}
