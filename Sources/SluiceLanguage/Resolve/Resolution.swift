/// What name resolution produces: the policy as far as it could be built, and each statement
/// beside the rule made from it (nil when the statement had errors), for the validator.
struct Resolution: Sendable {
    var policy: Policy
    var policyNode: PolicyNode?
    /// Accepted definitions in reading order (duplicates left out).
    var definitions: [DefinitionNode]
    var names: [String: NameDefinition]
    var allows: [(node: AllowNode, rule: AllowRule?)]
    var quotas: [(node: QuotaNode, rule: QuotaRule?)]
    var exceeds: [(node: ExceedNode, rule: ExceedRule?)]
    var audits: [(node: AuditNode, rule: AuditRule?)]
    /// Names some statement refers to.
    var used: Set<String>
    var diagnostics: [Diagnostic]
}
