import SluiceCompiler
import Foundation

/// An exceeded quota and what the watcher did about it, ready to be recorded.
public struct IncidentDraft: Hashable, Sendable, Codable {
    /// The Sluice table.
    public var table: String
    /// When the watcher noticed.
    public var time: Date
    /// The host, or `*` for a spent `total` quota.
    public var host: HostID
    /// The quota's groups, in policy order.
    public var groups: [String]
    /// The `QuotaBinding.id`.
    public var quotaID: String
    /// The window the quota was spent in.
    public var window: QuotaWindow
    /// Bytes counted in the window when the incident was recorded.
    public var bytes: UInt64
    /// The quota's allowance for the window.
    public var budget: UInt64
    /// The actions taken, in order (`isolate for 1d`, `alert log`, ...).
    public var actions: [String]
    /// When the containment this incident caused ends; nil if none or until released.
    public var containmentExpires: Date?
    /// The alert payload, as one JSON document.
    public var details: String

    /// Creates an incident draft.
    public init(table: String, time: Date, host: HostID, groups: [String], quotaID: String, window: QuotaWindow,
                bytes: UInt64, budget: UInt64, actions: [String], containmentExpires: Date?, details: String) {
        self.table = table
        self.time = time
        self.host = host
        self.groups = groups
        self.quotaID = quotaID
        self.window = window
        self.bytes = bytes
        self.budget = budget
        self.actions = actions
        self.containmentExpires = containmentExpires
        self.details = details
    }

    /// The key that makes the watcher act on this incident once.
    public var key: IncidentKey { IncidentKey(quotaID: quotaID, host: host, windowStart: window.start) }
}
