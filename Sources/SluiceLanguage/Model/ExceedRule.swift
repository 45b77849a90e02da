/// `on exceed SOURCES { ACTION... }`: what the watcher does when a host exceeds a quota.
public struct ExceedRule: Hashable, Sendable, Codable {
    public var sources: SourceSelector
    public var actions: [ExceedAction]
    public var location: SourceLocation

    /// Creates an `on exceed` rule.
    public init(sources: SourceSelector, actions: [ExceedAction], location: SourceLocation) {
        self.sources = sources
        self.actions = actions
        self.location = location
    }
}
