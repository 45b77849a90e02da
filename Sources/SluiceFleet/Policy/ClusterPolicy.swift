import Foundation

/// The fleet's policy in etcd (docs/fleet.md): publishing a version conditioned on the live one
/// the publisher read, reading versions and the gateways' reports.
public struct ClusterPolicy: Sendable {
    let store: any ClusterStore
    /// The table's keys.
    public let keys: FleetKeys

    /// The policy of `table`'s fleet over `store`.
    public init(store: any ClusterStore, table: String) {
        self.store = store
        keys = FleetKeys(table: table)
    }

    /// The live version and the revision a publish must find unchanged. Throws
    /// `PolicyPublishError.unreadableLive` when `policy/live` is there but does not read: taken for
    /// "nothing published", a publish would start again at version 1 over the kept ones.
    public func base() throws -> PolicyBase {
        let (kvs, _) = try store.range(prefix: keys.policyLive)
        guard let kv = kvs.first(where: { $0.key == keys.policyLive }) else { return PolicyBase(live: nil, revision: 0) }
        guard let live = FleetJSON.decode(LivePolicy.self, kv.value) else { throw PolicyPublishError.unreadableLive }
        return PolicyBase(live: live, revision: kv.modRevision)
    }

    /// Publishes `version` (its sequence must be `base.nextSequence`) as the live one, in one
    /// transaction that runs only if `policy/live` is unchanged since `base` was read; drops the
    /// version that falls out of the kept ones. Throws `PolicyPublishError` when refused.
    public func publish(_ version: PublishedPolicy, on base: PolicyBase) throws {
        precondition(version.sequence == base.nextSequence, "a version's sequence follows its base's")
        let live = try FleetJSON.encode(LivePolicy(sequence: version.sequence, hash: version.hash))
        var operations: [TxnOperation] = [
            .put(key: keys.policyVersion(version.sequence), value: try version.encoded(), lease: nil),
            .put(key: keys.policyLive, value: live, lease: nil),
        ]
        let dropped = version.sequence - PublishedPolicy.kept
        if dropped > 0 { operations.append(.delete(key: keys.policyVersion(dropped), prefix: false)) }
        // The JSON around the operations and the compare take a few hundred bytes more.
        let size = operations.map(\.size).reduce(512, +)
        guard size <= FleetKeys.requestLimit else { throw PolicyPublishError.tooLarge(bytes: size, limit: FleetKeys.requestLimit) }
        // The version's key must be absent too (mod revision 0): no publish overwrites a version
        // it did not see, whatever became of policy/live.
        let versionKey = keys.policyVersion(version.sequence)
        let (succeeded, _) = try store.transaction(expected: [keys.policyLive: base.revision, versionKey: 0],
                                                   operations: operations)
        guard succeeded else {
            let now = try self.base()
            if now.revision == base.revision, case .found = try self.version(version.sequence) {
                throw PolicyPublishError.versionExists(version.sequence)
            }
            throw PolicyPublishError.conflict(read: base.live, now: now.live)
        }
    }

    /// A kept version, nil when the fleet no longer keeps it.
    public func version(_ sequence: Int64) throws -> PolicyVersionRead {
        let key = keys.policyVersion(sequence)
        let (kvs, _) = try store.range(prefix: key)
        guard let kv = kvs.first(where: { $0.key == key }) else { return .missing }
        guard let version = PublishedPolicy.decode(kv.value) else { return .unreadable }
        return .found(version)
    }

    /// Every kept version, newest first.
    public func versions() throws -> [PublishedPolicy] {
        try store.range(prefix: keys.policyVersions).kvs.compactMap { PublishedPolicy.decode($0.value) }
            .sorted { $0.sequence > $1.sequence }
    }

    /// Every gateway's report, by gateway name.
    public func reports() throws -> [GatewayReport] {
        try store.range(prefix: keys.gatewayReports).kvs.compactMap { GatewayReport.decode($0.value) }
            .sorted { $0.gateway < $1.gateway }
    }

    /// Writes a gateway's report (no lease: a gateway that went away still shows when it last reported).
    public func report(_ report: GatewayReport) throws {
        _ = try store.transaction(expected: [:], operations: [
            .put(key: keys.gatewayReport(report.gateway), value: try report.encoded(), lease: nil)])
    }
}
