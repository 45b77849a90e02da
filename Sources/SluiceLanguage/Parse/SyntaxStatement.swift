/// One parsed top-level statement.
enum SyntaxStatement: Sendable {
    case policy(PolicyNode)
    case include(IncludeNode)
    case definition(DefinitionNode)
    case allow(AllowNode)
    case quota(QuotaNode)
    case exceed(ExceedNode)
    case expect(ExpectNode)
    case audit(AuditNode)
    case gateway(GatewayNode)
}
