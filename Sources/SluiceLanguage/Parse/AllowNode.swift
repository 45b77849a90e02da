/// A parsed `allow` statement, names not yet resolved.
struct AllowNode: Sendable {
    var sources: SelectorNode<String>
    var targets: SelectorNode<Target>
    /// nil when there is no `on`.
    var ports: [Located<PortItem>]?
    var quota: Located<QuotaSpec>?
    /// The `allow` keyword.
    var location: SourceLocation
    var hasErrors: Bool
}
