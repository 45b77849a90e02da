import SluiceWatch

/// One learned quota in `sluice baseline show`: what the policy says, and the limits the watcher
/// wrote for the window it last started.
public struct LearnedQuotaReport: Hashable, Sendable, Codable {
    /// The `QuotaBinding.id`.
    public var id: String
    /// `3x usual at least 200 MB per hour per host`.
    public var rule: String
    /// Window length in seconds.
    public var window: UInt64
    /// `baseline learn`, in seconds.
    public var learnSeconds: UInt64
    /// Unix seconds at which the window of `hosts` began; nil while no watcher has written limits.
    public var windowStart: Int64?
    public var hosts: [HostBaseline]

    /// Creates a report.
    public init(id: String, rule: String, window: UInt64, learnSeconds: UInt64, windowStart: Int64?,
                hosts: [HostBaseline]) {
        self.id = id
        self.rule = rule
        self.window = window
        self.learnSeconds = learnSeconds
        self.windowStart = windowStart
        self.hosts = hosts
    }
}
