import Foundation
import SluiceCompiler
import SluiceFleet
import SluiceOperations
import SluiceStore

/// `sluice status|history|rollback --cluster`: the fleet's versions and the gateways' reports.
enum ClusterPolicyViews {
    /// Which gateway runs which version, which refused and why, and when each last reported.
    static func status(_ fleet: ClusterPolicyCommand) throws {
        let (base, reports) = try fleet.run { (try fleet.policy.base(), try fleet.policy.reports()) }
        let table = fleet.policy.keys.table
        if fleet.json {
            Output.out(JSONValue.object([
                ("table", .string(table)),
                ("live", base.live.map { .object([("version", .int($0.sequence)), ("hash", .string($0.hash))]) } ?? .null),
                ("gateways", .array(reports.map { r in
                    .object([("gateway", .string(r.gateway)), ("version", .int(r.sequence)), ("hash", .string(r.hash)),
                             ("applied", .bool(r.applied)), ("reason", r.reason.map { .string($0) } ?? .null),
                             ("running", r.running.map { .string($0) } ?? .null),
                             ("runs_live", .bool(r.running != nil && r.running == base.live?.hash)),
                             ("reported", .string(RFC3339.formatSeconds(r.time)))])
                })),
            ]).pretty() + "\n")
            return
        }
        guard let live = base.live else {
            Output.out("no version of table inet \(table) has been published to the fleet\n")
            return
        }
        Output.out("live version of the fleet: \(live.sequence) (hash \(live.hash.prefix(12)))\n")
        guard !reports.isEmpty else {
            Output.out("no gateway has reported yet\n")
            return
        }
        var rows = [["GATEWAY", "VERSION", "OUTCOME", "RUNS", "REPORTED (UTC)", "REASON"]]
        for r in reports {
            let runs = r.running == live.hash ? "live" : r.running.map { String($0.prefix(12)) } ?? "nothing"
            rows.append([r.gateway, String(r.sequence), r.applied ? "applied" : "refused", runs,
                         RFC3339.formatSeconds(r.time), r.reason ?? ""])
        }
        Output.out(TextTable.render(rows))
    }

    /// The versions the fleet keeps, newest first.
    static func history(_ fleet: ClusterPolicyCommand, limit: Int?) throws {
        // The kept versions are listed also when policy/live does not read: they are what an
        // operator restores it from.
        let (base, all) = try fleet.run { () throws -> (PolicyBase, [PublishedPolicy]) in
            let base: PolicyBase
            do {
                base = try fleet.policy.base()
            } catch PolicyPublishError.unreadableLive {
                base = PolicyBase(live: nil, revision: 0)
            }
            return (base, try fleet.policy.versions())
        }
        let versions = limit.map { Array(all.prefix(max(0, $0))) } ?? all
        if fleet.json {
            Output.out(JSONValue.array(versions.map { v in
                .object([("id", .int(v.sequence)), ("time", .string(RFC3339.formatSeconds(v.time))), ("user", .string(v.user)),
                         ("publisher", .string(v.publisher)), ("hash", .string(v.hash)), ("kind", .string(v.kind)),
                         ("rolled_back_to", v.rolledBackTo.map { .int($0) } ?? .null),
                         ("message", .string(v.message)), ("live", .bool(v.sequence == base.live?.sequence))])
            }).pretty() + "\n")
            return
        }
        guard !versions.isEmpty else {
            Output.out("no version of table inet \(fleet.policy.keys.table) has been published to the fleet\n")
            return
        }
        var rows = [["", "ID", "TIME (UTC)", "USER", "FROM", "HASH", "KIND", "MESSAGE"]]
        for v in versions {
            let kind = v.rolledBackTo.map { "\(v.kind) to \($0)" } ?? v.kind
            rows.append([v.sequence == base.live?.sequence ? "*" : "", String(v.sequence), RFC3339.formatSeconds(v.time), v.user,
                         v.publisher, String(v.hash.prefix(12)), kind, v.message])
        }
        Output.out(TextTable.render(rows))
    }

    /// Publishes a kept version again (default: the one before the live one), as a new version
    /// through the same conditioned transaction as an apply.
    static func rollback(_ fleet: ClusterPolicyCommand, to sequence: Int64?, message: String?) throws {
        let base = try fleet.base(ifLive: nil)
        let target: PublishedPolicy = try fleet.run {
            guard let wanted = sequence ?? base.live.map({ $0.sequence - 1 }), wanted > 0 else {
                throw PolicyPublishError.nothingToRollBack
            }
            guard case .found(let version) = try fleet.policy.version(wanted) else {
                throw sequence == nil ? PolicyPublishError.nothingToRollBack : PolicyPublishError.noSuchVersion(wanted)
            }
            return version
        }
        try fleet.publish(sources: target.sources, compiled: Array(target.compiled), on: base,
                          message: message ?? "rollback to version \(target.sequence)", kind: .rollback,
                          rolledBackTo: target.sequence)
    }
}
