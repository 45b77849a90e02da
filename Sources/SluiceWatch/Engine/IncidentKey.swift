import SluiceCompiler

/// One exceeded quota of one host in one window: the watcher acts on each at most once.
public struct IncidentKey: Hashable, Sendable, Codable, Comparable {
    /// The `QuotaBinding.id`.
    public var quotaID: String
    /// The host, or `groupTotal` for the incident of a spent `total` quota.
    public var host: HostID
    /// Unix seconds at which the window began.
    public var windowStart: Int64

    /// Creates a key.
    public init(quotaID: String, host: HostID, windowStart: Int64) {
        self.quotaID = quotaID
        self.host = host
        self.windowStart = windowStart
    }

    public static func < (a: IncidentKey, b: IncidentKey) -> Bool {
        (a.quotaID, a.windowStart) < (b.quotaID, b.windowStart) || ((a.quotaID, a.windowStart) == (b.quotaID, b.windowStart) && a.host < b.host)
    }
}
