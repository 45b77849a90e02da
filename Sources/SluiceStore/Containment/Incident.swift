import Foundation

/// A quota exceeded by a host (or a group, for `total` quotas), and what the watcher did about it.
public struct Incident: Hashable, Sendable, Codable {
    /// Increasing over the whole database.
    public var id: Int64
    /// The Sluice table whose quota was exceeded.
    public var table: String
    /// When the watcher noticed (millisecond precision).
    public var time: Date
    /// A canonical address, `self`, or `*` when a `total` quota of a group was exceeded.
    public var host: String
    /// The groups of the quota, in policy order.
    public var groups: [String]
    /// The `QuotaBinding.id` of the exceeded quota.
    public var quotaID: String
    /// Unix seconds (UTC) at which the window began.
    public var windowStart: Int64
    /// Window length in seconds.
    public var windowLength: UInt64
    /// Bytes counted in the window when the incident was recorded.
    public var bytesUsed: UInt64
    /// The quota's allowance for the window.
    public var budget: UInt64
    /// The actions taken, in the order run (`isolate for 24h`, `alert log`, ...).
    public var actions: [String]
    /// When the containment this incident caused ends; nil if none, or until released.
    public var containmentExpires: Date?
    /// Further facts as one JSON document (the alert payload, action results).
    public var details: String
    /// A user's login name when the host is a user (`uid:N`), filled in by the operations that
    /// read incidents for people; not stored.
    public var userName: String?

    /// Creates an incident.
    public init(id: Int64, table: String, time: Date, host: String, groups: [String], quotaID: String,
                windowStart: Int64, windowLength: UInt64, bytesUsed: UInt64, budget: UInt64, actions: [String],
                containmentExpires: Date?, details: String) {
        self.id = id
        self.table = table
        self.time = time
        self.host = host
        self.groups = groups
        self.quotaID = quotaID
        self.windowStart = windowStart
        self.windowLength = windowLength
        self.bytesUsed = bytesUsed
        self.budget = budget
        self.actions = actions
        self.containmentExpires = containmentExpires
        self.details = details
    }
}
