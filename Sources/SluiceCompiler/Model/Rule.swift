import SluiceLanguage

/// One rule: statements evaluated left to right, as the kernel does.
public struct Rule: Hashable, Sendable, Codable {
    public var statements: [Statement]
    /// Kept in the kernel (rule user data, as nft keeps comments): `FILE:LINE` of the policy
    /// statement the rule comes from, so `nft list ruleset` and kernel errors name the policy line.
    public var comment: String?
    /// The policy statement the rule comes from; not sent to the kernel (recovered from `comment`).
    public var origin: SourceLocation?

    /// Creates a rule; the comment defaults to the origin's `FILE:LINE`.
    public init(_ statements: [Statement], origin: SourceLocation? = nil, comment: String? = nil) {
        self.statements = statements
        self.origin = origin
        self.comment = (comment ?? origin?.fileLine).map(KernelComment.clipStart)
    }

    /// The rule's verdict, if its last statement is one.
    public var verdict: RuleVerdict? {
        if case .verdict(let v) = statements.last { return v }
        return nil
    }
}
