/// What an alert is about.
public enum AlertEventKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A quota was spent and no containment followed (or a `total` quota's group total was spent).
    case exceeded
    /// A host (or a group total) went over a `warn` quota: alerted, never contained.
    case warn
    /// A host was blocked or isolated because it spent a quota.
    case contained
    /// A host of an audited group spent a quota: it was not contained, and the alert says what
    /// enforcement would have done (`"audit": true`).
    case wouldContain = "would-contain"
    /// A host kept trying to reach what the policy denies.
    case denied
    /// A containment ended before its time (`sluice release`).
    case released
    /// A containment reached its end.
    case expired
    /// A host connected (allowed, through a prefix, `any` or a destination listing both) to an
    /// address learned only for names of destinations none of its groups is allowed to: another
    /// group's endpoint.
    case crossGroup = "cross-group"
    /// Fleet (`--cluster`): etcd cannot be reached; the gateway enforces with what it last knew.
    case clusterDegraded = "cluster-degraded"
    /// Fleet: etcd answers again; the gateway reconciles.
    case clusterRestored = "cluster-restored"
    /// Sluice's table is gone (deleted, or `nft flush ruleset` by another program): nothing is
    /// enforced, neither default deny nor quotas nor containment, until it is applied again.
    case tableMissing = "table-missing"
    /// The table is there again (applied again): enforcement is back, the watcher reconciles.
    case tableRestored = "table-restored"
}
