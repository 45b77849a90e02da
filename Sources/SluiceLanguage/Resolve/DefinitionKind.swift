/// The three kinds of named definition, which share one namespace.
enum DefinitionKind: String, Sendable, Equatable {
    case group
    case destination
    case service

    /// "a group", "a destination", "a service".
    var withArticle: String { "a \(rawValue)" }
}
