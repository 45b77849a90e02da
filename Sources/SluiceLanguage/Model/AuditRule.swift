/// `audit SOURCES`: traffic of these groups that the policy would deny is allowed and recorded
/// (`would-deny`), and their quotas count but never stop traffic. Other groups keep enforcing.
public struct AuditRule: Hashable, Sendable, Codable {
    public var sources: SourceSelector
    public var location: SourceLocation

    /// Creates an audit rule.
    public init(sources: SourceSelector, location: SourceLocation) {
        self.sources = sources
        self.location = location
    }
}
