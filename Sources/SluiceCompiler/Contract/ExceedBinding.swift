import SluiceLanguage

/// One `on exceed` rule with its sources resolved to group names, in policy order.
public struct ExceedBinding: Hashable, Sendable, Codable {
    /// The groups whose hosts the rule covers.
    public var groups: [String]
    public var actions: [ExceedAction]
    public var location: SourceLocation

    /// Creates a binding.
    public init(groups: [String], actions: [ExceedAction], location: SourceLocation) {
        self.groups = groups
        self.actions = actions
        self.location = location
    }

    /// Whether the rule contains (blocks or isolates) rather than only alerting.
    public var contains: Bool {
        actions.contains { action in
            switch action {
            case .block, .isolate: true
            case .alert: false
            }
        }
    }
}
