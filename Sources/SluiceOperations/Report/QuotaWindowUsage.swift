/// One window of one quota in the period: the most a host (or the group total) used against the
/// budget, and how many hosts spent it.
public struct QuotaWindowUsage: Hashable, Sendable, Codable {
    public var quota: String
    public var groups: [String]
    /// `per host` or `total`.
    public var scope: String
    /// RFC 3339 start of the window, and its length in seconds (86,400 for a day).
    public var windowStart: String
    public var windowSeconds: UInt64
    public var budget: UInt64
    /// The largest use in the window, and by whom (`*` for a group total).
    public var maxBytes: UInt64
    public var maxHost: String
    /// The login name when `maxHost` is a user (`uid:1001`).
    public var maxHostName: String?
    /// Hosts (or totals) that used the whole budget.
    public var spent: Int
}
