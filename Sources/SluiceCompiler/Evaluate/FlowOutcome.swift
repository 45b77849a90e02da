import SluiceLanguage

/// What the ruleset does with one packet, and why.
public struct FlowOutcome: Hashable, Sendable {
    public var verdict: Verdict
    /// The rule whose verdict decided, or nil when the base chain's policy did.
    public var rule: Rule?
    /// The ids of the quotas (`QuotaBinding.id`) the packet counted against on its way, in order.
    public var quotas: [String]
    /// Allowed only because the sender's group audits: the policy would deny it (`would-deny`).
    public var audited: Bool
    /// The connection's conntrack mark once the packet passed (what the next packet of the
    /// connection finds, in `Packet.ctMark`).
    public var mark: UInt32 = 0

    /// Creates an outcome.
    public init(verdict: Verdict, rule: Rule?, quotas: [String], audited: Bool = false) {
        self.verdict = verdict
        self.rule = rule
        self.quotas = quotas
        self.audited = audited
    }

    /// The verdict once every group enforces: a would-deny flow is denied.
    public var enforcedVerdict: Verdict { audited ? .deny : verdict }
}
