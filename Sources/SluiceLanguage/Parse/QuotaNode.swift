/// A parsed `quota` statement, names not yet resolved.
struct QuotaNode: Sendable {
    var sources: SelectorNode<String>
    /// nil when the size or window was refused.
    var spec: Located<QuotaSpec>?
    /// The `quota` keyword.
    var location: SourceLocation
    var hasErrors: Bool
}
