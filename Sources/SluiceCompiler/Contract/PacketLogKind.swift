/// What a packet the ruleset sent to NFLOG means, read from its prefix.
public enum PacketLogKind: Hashable, Sendable {
    /// A host's first packet over a quota (by id): the watcher contains it at once.
    case overQuota(quotaID: String)
    /// Egress the default deny dropped.
    case denied
    /// The first packet of a connection the policy would deny, accepted because its group audits.
    case wouldDeny
}
