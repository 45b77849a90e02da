/// One host's standing against one learned quota in the current window, for `sluice explain`.
public struct LearnedStanding: Hashable, Sendable, Codable {
    public var quotaID: String
    public var host: String
    /// Unix seconds at which the window of the limit began.
    public var windowStart: Int64
    public var usual: UInt64
    public var limit: UInt64
    public var warmingUp: Bool
    /// Bytes recorded against the quota in that window (as of the watcher's last write).
    public var used: UInt64

    /// Creates a standing.
    public init(quotaID: String, host: String, windowStart: Int64, usual: UInt64, limit: UInt64, warmingUp: Bool, used: UInt64) {
        self.quotaID = quotaID
        self.host = host
        self.windowStart = windowStart
        self.usual = usual
        self.limit = limit
        self.warmingUp = warmingUp
        self.used = used
    }
}
