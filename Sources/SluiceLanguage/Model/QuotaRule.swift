/// `quota SOURCES SIZE per WINDOW (per host | total)`: a budget of egress bytes.
public struct QuotaRule: Hashable, Sendable, Codable {
    public var sources: SourceSelector
    public var spec: QuotaSpec
    public var location: SourceLocation

    /// Creates a quota rule.
    public init(sources: SourceSelector, spec: QuotaSpec, location: SourceLocation) {
        self.sources = sources
        self.spec = spec
        self.location = location
    }
}
