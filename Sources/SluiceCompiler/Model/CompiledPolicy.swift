import SluiceLanguage

/// The compiler's whole output: the ruleset for the kernel, and what the watcher needs to know
/// about it (which kernel objects account each quota, which sets hold contained hosts).
public struct CompiledPolicy: Hashable, Sendable, Codable {
    public var policy: Policy
    public var ruleset: Ruleset
    public var quotas: [QuotaBinding]
    public var containment: ContainmentBinding

    /// Creates a compiled policy.
    public init(policy: Policy, ruleset: Ruleset, quotas: [QuotaBinding], containment: ContainmentBinding) {
        self.policy = policy
        self.ruleset = ruleset
        self.quotas = quotas
        self.containment = containment
    }
}
