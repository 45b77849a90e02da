/// One host's learned limit in `sluice baseline show`.
public struct BaselineHostReport: Hashable, Sendable, Codable {
    public var host: String
    /// Its usual bytes for the window (its group's while warming up).
    public var usual: UInt64
    /// Its limit for the window: `max(floor, N x usual)`.
    public var limit: UInt64
    public var warmingUp: Bool
    /// Seconds of history within the learning period.
    public var historySeconds: Int64

    /// Creates a row.
    public init(host: String, usual: UInt64, limit: UInt64, warmingUp: Bool, historySeconds: Int64) {
        self.host = host
        self.usual = usual
        self.limit = limit
        self.warmingUp = warmingUp
        self.historySeconds = historySeconds
    }
}
