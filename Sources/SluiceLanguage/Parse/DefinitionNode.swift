/// A parsed `group`, `destination`, `service` or `users` statement.
struct DefinitionNode: Sendable {
    var kind: DefinitionKind
    var name: Located<String>
    /// Group and destination items, as written (invalid items left out).
    var addresses: [AddressRange] = []
    /// Where each of `addresses` is written.
    var addressLocations: [SourceLocation] = []
    /// Destination names and patterns (quoted items), as written (invalid items left out).
    var names: [Located<DomainPattern>] = []
    /// Service items, as written (invalid items left out).
    var ports: [PortSpec] = []
    /// `users` items, as written (invalid items left out).
    var users: [UserItem] = []
    /// The keyword that starts the statement.
    var location: SourceLocation
    /// Whether any part of the statement was refused; such a definition still resolves names.
    var hasErrors = false
    /// `AddressRange.normalize(addresses)`, when already known (a definition from the statement
    /// cache, `DefinitionCodec`), so that resolving does not sort and merge the list again.
    var normalizedAddresses: [AddressRange]?
}
