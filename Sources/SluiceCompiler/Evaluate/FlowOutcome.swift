import SluiceLanguage

/// What the ruleset does with one packet, and why.
public struct FlowOutcome: Hashable, Sendable {
    public var verdict: Verdict
    /// The rule whose verdict decided, or nil when the base chain's policy did.
    public var rule: Rule?
    /// The ids of the quotas (`QuotaBinding.id`) the packet counted against on its way, in order.
    public var quotas: [String]

    /// Creates an outcome.
    public init(verdict: Verdict, rule: Rule?, quotas: [String]) {
        self.verdict = verdict
        self.rule = rule
        self.quotas = quotas
    }
}
