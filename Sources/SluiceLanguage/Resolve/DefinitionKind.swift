/// The kinds of named definition, which share one namespace. A `users` set stands wherever a
/// group may as a source.
enum DefinitionKind: String, Sendable, Equatable {
    case group
    case destination
    case service
    case users

    /// "a group", "a destination", "a service", "a users set".
    var withArticle: String { self == .users ? "a users set" : "a \(rawValue)" }
}
