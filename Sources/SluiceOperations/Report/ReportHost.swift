/// One host's egress in the period: its bytes, and the largest share of a quota budget it used in
/// one window.
public struct ReportHost: Hashable, Sendable, Codable {
    public var host: String
    public var groups: [String]
    /// Bytes sent, allowed and would-deny.
    public var bytes: UInt64
    public var wouldDenyBytes: UInt64
    /// Connections counted (those that ended in the period).
    public var flows: UInt64
    /// How many destinations it reached.
    public var destinations: Int
    /// The largest `bytes / budget` of one of its quota windows in the period (1.0 is the whole
    /// budget), with that quota; nil when no quota counts it.
    public var budgetShare: Double?
    public var budgetQuota: String?
}
