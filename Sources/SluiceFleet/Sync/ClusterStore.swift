import Foundation

/// What the fleet needs from etcd: ranges, atomic writes, leases and a watch. `EtcdClusterStore`
/// is the real one; tests use an in-memory one with the same revision semantics.
public protocol ClusterStore: Sendable {
    /// Every key under a prefix, and the store's revision of the read.
    func range(prefix: String) throws -> (kvs: [KeyValue], revision: Int64)
    /// Runs writes in one transaction if each key in `expected` has that mod revision (0: absent).
    func transaction(expected: [String: Int64], operations: [TxnOperation]) throws -> (succeeded: Bool, revision: Int64)
    /// Grants a lease of `ttl` seconds.
    func grantLease(ttl: Int) throws -> Int64
    /// Renews a lease; throws when it no longer exists.
    func keepAlive(lease: Int64) throws
    /// Watches a prefix from a revision, handing over each batch of changes with its revision;
    /// blocks until it fails (throws) or `stopWatching` is called (returns).
    func watch(prefix: String, from revision: Int64, _ handle: ([WatchChange], Int64) -> Void) throws
    /// Ends every watch in progress.
    func stopWatching()
}
