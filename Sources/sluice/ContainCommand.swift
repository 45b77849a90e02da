import SluiceCompiler
import SluiceOperations
import SluiceStore

/// Runs a manual containment and prints what happened.
enum ContainCommand {
    static func run(_ kind: ContainmentKind, _ options: ContainOptions, _ global: GlobalOptions) throws {
        try OperationFailure.run { () throws(OperationError) in
            let operations = try global.operations()
            let record = try operations.contain(host: options.host, kind: kind, seconds: options.duration?.seconds,
                                                reason: options.reason, force: options.force)
            let until = record.expires.map { "until \(RFC3339.formatSeconds($0))" } ?? "until released"
            Output.out("\(kind == .isolate ? "isolated" : "blocked") \(record.host) \(until) (incident \(record.incidentID ?? 0))\n")
        }
    }
}
