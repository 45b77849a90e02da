import ArgumentParser
import Foundation
import SluiceCompiler
import SluiceFleet
import SluiceLanguage
import SluiceOperations
import SluiceStore

/// What `sluice apply|rollback|status|history --cluster` share: the fleet's policy in etcd, and
/// its failures mapped to the documented exits (1: refused, e.g. another publish won; 3: etcd
/// could not be reached), as JSON too when asked for.
struct ClusterPolicyCommand {
    let policy: ClusterPolicy
    let settings: ClusterSettings
    let json: Bool

    /// For the fleet the options name, or nil when they name none; exit 1 when they are refused.
    init?(_ options: ClusterOptions, table: String, json: Bool) throws {
        guard options.named else { return nil }
        do {
            guard let settings = try options.settings(defaultGateway: "cli") else { return nil }
            self.settings = settings
            policy = ClusterPolicy(store: EtcdClusterStore(client: try settings.client()), table: table)
        } catch {
            throw OperationFailure.report(message: "\(error)", code: SluiceExit.refused, json: json)
        }
        self.json = json
    }

    /// The live version and revision a publish builds on, read first; with `ifLive`, only while
    /// that version is the live one (refused otherwise).
    func base(ifLive: Int64?) throws -> PolicyBase {
        try run {
            let base = try policy.base()
            if let ifLive, base.live?.sequence != ifLive { throw PolicyPublishError.notLive(expected: ifLive, now: base.live) }
            return base
        }
    }

    /// Runs etcd work: a refused publish exits 1, anything else (etcd unreachable) 3.
    func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as PolicyPublishError {
            throw OperationFailure.report(message: "\(error)", code: SluiceExit.refused, json: json)
        } catch {
            throw OperationFailure.report(message: "could not reach the fleet's etcd: \(error)", code: SluiceExit.system, json: json)
        }
    }

    /// Publishes files and their compiled policy as the version after `base`; prints what it did.
    func publish(sources: [SourceFile], compiled: [UInt8], on base: PolicyBase, message: String, kind: VersionKind,
                 rolledBackTo: Int64? = nil) throws {
        let table = policy.keys.table
        let version = PublishedPolicy(sequence: base.nextSequence, hash: TableOperations.hash(sources: sources, table: table),
                                      message: message, user: StoreUser.current(), publisher: settings.gateway, time: Date(),
                                      kind: kind.rawValue, rolledBackTo: rolledBackTo, sources: sources, compiled: Data(compiled))
        try run { try policy.publish(version, on: base) }
        if json {
            Output.out(JSONValue.object([("published", .object([
                ("version", .int(version.sequence)), ("hash", .string(version.hash)),
                ("replaces", base.live.map { .int($0.sequence) } ?? .null), ("kind", .string(version.kind)),
            ]))]).pretty() + "\n")
            return
        }
        let replaces = base.live.map { "; it replaces version \($0.sequence)" } ?? ""
        Output.out("published version \(version.sequence) (hash \(version.hash.prefix(12))) to the fleet of table inet \(table)"
                   + "\(replaces)\nevery gateway's watcher applies it: see sluice status --cluster\n")
    }
}
