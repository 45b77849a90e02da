import SluiceCompiler
import SluiceOperations
import SluiceStore

/// Runs a manual containment and prints what happened.
enum ContainCommand {
    static func run(_ kind: ContainmentKind, _ options: ContainOptions, _ global: GlobalOptions,
                    _ cluster: ClusterOptions) throws {
        let settings = try ClusterPublish.settings(cluster)
        var made: ContainmentRecord?
        try OperationFailure.run { () throws(OperationError) in
            let operations = try global.containmentOperations()
            let target = try options.user.map { name throws(OperationError) in try operations.userHost(name) } ?? options.host ?? ""
            let outcome = try operations.contain(host: target, kind: kind, seconds: options.duration?.seconds,
                                                 reason: options.reason, force: options.force)
            let record = outcome.record
            let until = record.expires.map { "until \(RFC3339.formatSeconds($0))" } ?? "until released"
            let who = operations.display(record.host)
            if outcome.kept {
                // Never shortened: only `sluice release` ends a containment sooner.
                Output.out("\(who) stays \(kind.participle) \(until): it already was, for at least as long "
                           + "(incident \(outcome.incidentID); sluice release ends it)\n")
            } else {
                Output.out("\(kind.participle) \(who) \(until) (incident \(outcome.incidentID))\n")
            }
            for sibling in outcome.siblings {
                Output.out("\(kind.participle) \(sibling) \(until) too: the same host (its link-layer address answers for both)\n")
            }
            if outcome.groups.isEmpty, case .address = HostID(containable: record.host) {
                // Most often a mistyped address: say so, since the host meant is still free.
                let effect = kind == .isolate ? "every packet to and from it but the management group's is dropped"
                                              : "its egress was denied already"
                Output.err("warning: \(who) is in no group of the live policy; \(effect)\n")
            }
            made = record
        }
        if let made { try ClusterPublish.contain(made, settings, table: global.table) }
    }
}
