import SluiceCompiler
import ArgumentParser
import SluiceOperations

/// `sluice release HOST`.
struct ReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: "End a host's containment (block or isolation), in the kernel and in the history.")

    @Argument(help: "The host: an IP address, or self.")
    var host: String?

    @Option(help: "A local user instead of a host: a login name or a uid.")
    var user: String?

    @OptionGroup var cluster: ClusterOptions
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard (host == nil) != (user == nil) else { throw ValidationError("give a host or --user, not both") }
    }

    func run() throws {
        let settings = try ClusterPublish.settings(cluster)
        var released: String?
        try OperationFailure.run { () throws(OperationError) in
            let operations = try global.operations()
            let target = try user.map { name throws(OperationError) in try operations.userHost(name) } ?? host ?? ""
            released = target
            let records = try operations.release(host: target)
            if !records.isEmpty {
                // The host first, then the addresses its containment had followed (gateway mode).
                for host in records.map(\.host).reduce(into: [String](), { if !$0.contains($1) { $0.append($1) } }) {
                    let was = records.filter { $0.host == host }
                        .map { "\($0.kind.participle) since \(RFC3339.formatSeconds($0.since))" }.joined(separator: ", ")
                    Output.out("released \(operations.display(host)) (was \(was))\n")
                }
            } else {
                Output.out("\(operations.display(target)) was not contained\n")
            }
        }
        if let released { try ClusterPublish.release(released, settings, table: global.table) }
    }
}
