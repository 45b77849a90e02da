/// A parsed `on exceed SOURCES { ... }` block, names not yet resolved.
struct ExceedNode: Sendable {
    var sources: SelectorNode<String>
    /// Each action located at its keyword.
    var actions: [Located<ExceedAction>]
    /// The `on` keyword.
    var location: SourceLocation
    var hasErrors: Bool
}
