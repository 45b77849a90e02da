/// One entry of the shared namespace of groups, destinations and services.
struct NameDefinition: Sendable {
    var kind: DefinitionKind
    var name: String
    /// The name where it is defined (the policy block for the built-in `self`).
    var location: SourceLocation
    /// True for the built-in `self` of host mode.
    var isBuiltin: Bool
    /// Whether the definition itself had errors; rules that use it are then left incomplete
    /// (without further reports), so that its mistake does not echo through later checks.
    var hasErrors = false
}
