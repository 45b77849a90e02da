import Foundation
import SluiceCompiler
import SluiceFleet
import SluiceStore
import SluiceWatch

/// What `sluice block|isolate|release` do in a fleet after the local change: write it to etcd,
/// from where every gateway's watcher enforces it.
enum ClusterPublish {
    /// Publishes a containment just made locally; a failure is reported (exit 3: the local
    /// containment stands, the fleet did not get it).
    static func contain(_ record: ContainmentRecord, _ settings: ClusterSettings?, table: String) throws {
        guard let settings, let host = HostID(record.host) else { return }
        let containment = StoredContainment(table: table, host: host, level: record.kind, since: record.since,
                                            expires: record.expires, reason: record.reason, origin: .manual)
        let written = try run("publish the containment") {
            try ClusterContainment(store: EtcdClusterStore(client: try settings.client()), table: table,
                                   gateway: settings.gateway).publish(containment)
        }
        Output.out(written ? "published to the fleet (\(settings.endpoints.count) etcd endpoints)\n"
                           : "the fleet already holds a containment of it at least as long; kept as it is\n")
    }

    /// Releases a host cluster-wide.
    static func release(_ host: String, _ settings: ClusterSettings?, table: String) throws {
        guard let settings, let id = HostID(containable: host) else { return }
        let held = try run("release cluster-wide") {
            try ClusterContainment(store: EtcdClusterStore(client: try settings.client()), table: table,
                                   gateway: settings.gateway).release(id)
        }
        Output.out(held ? "released cluster-wide\n" : "no gateway of the fleet held it\n")
    }

    /// The cluster settings, checked before anything changes (exit 1 when they are refused).
    static func settings(_ cluster: ClusterOptions) throws -> ClusterSettings? {
        do {
            return try cluster.settings(defaultGateway: "cli")
        } catch {
            Output.err("error: \(error)\n")
            throw SluiceExit.refused
        }
    }

    private static func run<T>(_ what: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            Output.err("error: could not \(what) in etcd: \(error)\n")
            throw SluiceExit.system
        }
    }
}
