import SluiceCompiler

/// One host's usage of one quota in the current window.
public struct HostUsageStatus: Hashable, Sendable, Codable {
    /// The host, or `*` for a `total` quota's group total.
    public var host: HostID
    /// Bytes counted in the window.
    public var used: UInt64
    /// The quota's allowance (for a contributor to a total, the shared allowance).
    public var budget: UInt64
    /// `used / budget`, 0 to 1 (a contributor's share of a total's allowance).
    public var share: Double
    /// Whether the allowance is spent (only meaningful for the host of a per-host quota and for `*`).
    public var spent: Bool
    /// For a learned quota: the host's usual bytes for the window (`budget` is its learned limit),
    /// and whether that is still its group's (warm-up). Nil for fixed quotas and hosts without one.
    public var usual: UInt64?
    public var warmingUp: Bool?
    /// A user's login name, as the live policy resolved it (`WatchStatus.nameUsers`); nil for
    /// addresses, `self` and `*`.
    public var name: String?

    /// Creates a host's usage.
    public init(host: HostID, used: UInt64, budget: UInt64, spent: Bool, baseline: HostBaseline? = nil) {
        self.usual = baseline?.usual
        self.warmingUp = baseline?.warmingUp
        self.host = host
        self.used = used
        self.budget = budget
        self.share = budget == 0 ? 1 : min(1, Double(used) / Double(budget))
        self.spent = spent
    }
}
