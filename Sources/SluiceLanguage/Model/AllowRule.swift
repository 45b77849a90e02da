/// `allow SOURCES to TARGETS [on PORTS] [quota ...]`: admits new egress connections.
public struct AllowRule: Hashable, Sendable, Codable {
    public var sources: SourceSelector
    public var targets: TargetSelector
    public var ports: PortSelector
    /// An inline quota counts only the traffic this rule admits.
    public var quota: QuotaSpec?
    public var location: SourceLocation

    /// Creates an allow rule.
    public init(sources: SourceSelector, targets: TargetSelector, ports: PortSelector,
                quota: QuotaSpec? = nil, location: SourceLocation) {
        self.sources = sources
        self.targets = targets
        self.ports = ports
        self.quota = quota
        self.location = location
    }
}
