/// One quota's figures for the metrics.
public struct QuotaMetrics: Hashable, Sendable {
    /// The `QuotaBinding.id`.
    public var id: String
    /// The quota's groups joined with `,`.
    public var groups: String
    /// Window length in seconds.
    public var window: UInt64
    /// The allowance per window.
    public var budget: UInt64
    /// Used bytes per host (`*` for a total), with the host's groups of the quota joined with `,`.
    public var hosts: [HostMetrics]

    /// Creates a quota's figures.
    public init(id: String, groups: String, window: UInt64, budget: UInt64, hosts: [HostMetrics]) {
        self.id = id
        self.groups = groups
        self.window = window
        self.budget = budget
        self.hosts = hosts
    }
}
