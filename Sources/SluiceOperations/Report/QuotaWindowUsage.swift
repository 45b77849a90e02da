/// One window of one quota in the period: the largest share of its budget a host (or the group
/// total) used, and how many hosts spent theirs.
public struct QuotaWindowUsage: Hashable, Sendable, Codable {
    public var quota: String
    public var groups: [String]
    /// `per host` or `total`.
    public var scope: String
    /// RFC 3339 start of the window, and its length in seconds (86,400 for a day).
    public var windowStart: String
    public var windowSeconds: UInt64
    /// The budget of `maxHost`: for a learned quota, that host's learned limit, not the floor.
    public var budget: UInt64
    /// The use with the largest share of its budget in the window (the largest use, but for a
    /// learned quota), and by whom (`*` for a group total).
    public var maxBytes: UInt64
    public var maxHost: String
    /// The login name when `maxHost` is a user (`uid:1001`).
    public var maxHostName: String?
    /// Hosts (or totals) that used the whole budget.
    public var spent: Int
}
