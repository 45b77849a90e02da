import Foundation
import Synchronization

/// `ClusterStore` over a real etcd cluster through `EtcdClient`.
public final class EtcdClusterStore: ClusterStore {
    /// The client.
    public let client: EtcdClient
    private let watches = Mutex<[EtcdWatch]>([])
    private let stopped = Atomic(false)

    /// A store over `client`.
    public init(client: EtcdClient) {
        self.client = client
    }

    public func range(prefix: String) throws -> (kvs: [KeyValue], revision: Int64) {
        try client.range(prefix, prefix: true)
    }

    public func transaction(expected: [String: Int64], operations: [TxnOperation]) throws -> (succeeded: Bool, revision: Int64) {
        try client.transaction(expected: expected, operations: operations)
    }

    public func grantLease(ttl: Int) throws -> Int64 {
        try client.grantLease(ttl: ttl)
    }

    public func keepAlive(lease: Int64) throws {
        try client.keepAlive(lease: lease)
    }

    public func watch(prefix: String, from revision: Int64, _ handle: ([WatchChange], Int64) -> Void) throws {
        let watch = EtcdWatch(client: client, prefix: prefix)
        watches.withLock { $0.append(watch) }
        defer { watches.withLock { $0.removeAll { $0 === watch } } }
        if stopped.load(ordering: .relaxed) { return }
        try watch.run(from: revision, handle)
    }

    public func stopWatching() {
        stopped.store(true, ordering: .relaxed)
        watches.withLock { $0.forEach { $0.cancel() } }
    }
}
