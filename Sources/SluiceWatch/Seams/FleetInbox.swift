/// What the fleet link received since the watcher last asked: containments decided elsewhere
/// (or by `sluice block --cluster`), releases, and the other gateways' usage.
public struct FleetInbox: Hashable, Sendable {
    /// Containments to enforce here.
    public var contain: [StoredContainment] = []
    /// Containments released cluster-wide.
    public var release: [ContainmentKey] = []
    /// The sum of the other gateways' usage per quota and window, in full (not a change).
    public var remoteUsage: [FleetUsage] = []
    /// What this gateway had published before it (re)started, once (when etcd still held it): a
    /// second account, beside the one its state directory keeps, of how much of its kernel's
    /// figures were other gateways' bytes, so it does not publish them as its own.
    public var ownPublished: [FleetUsage] = []
    /// After a full read of etcd: every containment it holds (and this gateway's unpublished
    /// ones). A containment enforced from another gateway that is not among them was released
    /// while this gateway was not watching (a restart, a compaction).
    public var standing: Set<ContainmentKey>?

    /// An empty inbox.
    public init(contain: [StoredContainment] = [], release: [ContainmentKey] = [], remoteUsage: [FleetUsage] = [],
                ownPublished: [FleetUsage] = []) {
        self.contain = contain
        self.release = release
        self.remoteUsage = remoteUsage
        self.ownPublished = ownPublished
    }

    /// Whether nothing arrived.
    public var isEmpty: Bool {
        contain.isEmpty && release.isEmpty && remoteUsage.isEmpty && ownPublished.isEmpty && standing == nil
    }
}
