/// What flow accounting has counted since the watcher started, for the metrics.
public struct FlowFigures: Hashable, Sendable {
    /// Egress bytes accounted, by verdict (`allow`, `would-deny`).
    public var bytes: [String: UInt64] = [:]
    /// Egress connections that ended, by verdict.
    public var flows: [String: UInt64] = [:]
    /// Connections read that were not egress of the policy's hosts (lateral, inbound, this machine's).
    public var ignored: UInt64 = 0
    /// Would-deny first packets logged by the kernel (rate-limited).
    public var wouldDenyNotices: UInt64 = 0
    /// Times the kernel said destroy events would come late (a full queue; none are lost).
    public var delayed: UInt64 = 0
    /// Reads of the whole conntrack table.
    public var drains: UInt64 = 0
    /// How long the last read of the table took, in seconds.
    public var lastDrainSeconds: Double?

    /// Creates empty figures.
    public init() {}
}
