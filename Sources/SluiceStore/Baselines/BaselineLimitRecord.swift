/// One host's learned limit for the current window of one learned quota.
public struct BaselineLimitRecord: Hashable, Sendable, Codable {
    /// The `QuotaBinding.id`.
    public var quotaID: String
    /// A canonical address.
    public var host: String
    /// Unix seconds (UTC) at which the window began.
    public var windowStart: Int64
    /// Window length in seconds.
    public var windowLength: UInt64
    /// The host's usual bytes for the window's hours (its group's during warm-up).
    public var usual: UInt64
    /// The limit its kernel quota element holds: `max(floor, N x usual)`.
    public var limit: UInt64
    /// True while the host has less than a week of history.
    public var warmingUp: Bool
    /// Seconds of history the host has within the learning period.
    public var historySeconds: Int64

    /// Creates a record.
    public init(quotaID: String, host: String, windowStart: Int64, windowLength: UInt64, usual: UInt64,
                limit: UInt64, warmingUp: Bool, historySeconds: Int64) {
        self.quotaID = quotaID
        self.host = host
        self.windowStart = windowStart
        self.windowLength = windowLength
        self.usual = usual
        self.limit = limit
        self.warmingUp = warmingUp
        self.historySeconds = historySeconds
    }
}
