/// A parsed `audit SOURCES` statement, names not yet resolved.
struct AuditNode: Sendable {
    var sources: SelectorNode<String>
    /// The `audit` keyword.
    var location: SourceLocation
    var hasErrors: Bool
}
