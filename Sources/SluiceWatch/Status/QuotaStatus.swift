import Foundation
import SluiceLanguage

/// One quota of the live policy and its usage in the current window.
public struct QuotaStatus: Hashable, Sendable, Codable {
    /// The `QuotaBinding.id`.
    public var id: String
    /// Per host or total.
    public var scope: QuotaScope
    /// The quota's groups, in policy order.
    public var groups: [String]
    /// The allowance per window (per host, or shared).
    public var budget: UInt64
    /// The current window.
    public var window: QuotaWindow
    /// When the window resets.
    public var resets: Date
    /// Hosts with bytes counted, `*` first for a total, then by address.
    public var hosts: [HostUsageStatus]

    /// Creates a quota's status.
    public init(id: String, scope: QuotaScope, groups: [String], budget: UInt64, window: QuotaWindow,
                hosts: [HostUsageStatus]) {
        self.id = id
        self.scope = scope
        self.groups = groups
        self.budget = budget
        self.window = window
        self.resets = window.endDate
        self.hosts = hosts
    }
}
