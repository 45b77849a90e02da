import Foundation
import SluiceCompiler
import SluiceWatch

/// `sluice block|isolate|release --cluster`: writes an operator's containment (or its release)
/// to etcd, from where every gateway's watcher enforces it.
public struct ClusterContainment: Sendable {
    let store: any ClusterStore
    let keys: FleetKeys
    let gateway: String

    /// For `table`, over `store`, as `gateway` (`cli` for an operator's command without one).
    public init(store: any ClusterStore, table: String, gateway: String) {
        self.store = store
        keys = FleetKeys(table: table)
        self.gateway = gateway
    }

    /// Publishes a containment, under a lease that outlives its expiry by a minute, unless etcd
    /// holds one of the host and level that lasts at least as long: containment is never shortened
    /// from outside the release path, and an operator's shorter `--for` on one gateway (whose own
    /// kernel may not hold the fleet's longer one) must not replace what the other gateways
    /// enforce. Written on the condition that the key is as read, so a longer one published
    /// meanwhile is not replaced either. Returns whether it wrote.
    @discardableResult
    public func publish(_ containment: StoredContainment) throws -> Bool {
        let key = keys.containment(host: containment.host, level: containment.level)
        let wanted = ContainmentEnd(containment.expires)
        for _ in 0..<5 {
            let (kvs, _) = try store.range(prefix: key)
            let current = kvs.first { $0.key == key }
            if let held = current.flatMap({ ContainmentValue.decode($0.value)?.containment(table: keys.table) }),
               ContainmentEnd(held.expires).lasts(atLeastAs: wanted) {
                return false
            }
            var lease: Int64?
            if let expires = containment.expires {
                // etcd's longest lease is about 9e9 seconds; a longer one is until released anyway.
                let seconds = min(max(0, expires.timeIntervalSinceNow.rounded(.up)), 1e9)
                lease = try store.grantLease(ttl: max(60, Int(seconds.isFinite ? seconds : 1e9) + 60))
            }
            let value = try ContainmentValue(containment, gateway: gateway).encoded()
            let (written, _) = try store.transaction(expected: [key: current?.modRevision ?? 0],
                                                     operations: [.put(key: key, value: value, lease: lease)])
            if written { return true }
        }
        throw EtcdError.malformed("the containment key of \(containment.host) kept changing while it was written")
    }

    /// Releases a host cluster-wide (both levels); returns whether etcd held a containment of it.
    @discardableResult
    public func release(_ host: HostID) throws -> Bool {
        let keysOfHost = ContainmentKind.allCases.map { keys.containment(host: host, level: $0) }
        var held = false
        for key in keysOfHost {
            let (kvs, _) = try store.range(prefix: key)
            if kvs.contains(where: { $0.key == key }) { held = true }
        }
        _ = try store.transaction(expected: [:], operations: keysOfHost.map { .delete(key: $0, prefix: false) })
        return held
    }
}
