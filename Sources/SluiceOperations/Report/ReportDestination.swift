/// One destination's egress in the period, over the hosts the report covers.
public struct ReportDestination: Hashable, Sendable, Codable {
    public var destination: String
    public var bytes: UInt64
    public var wouldDenyBytes: UInt64
    /// How many hosts reached it.
    public var hosts: Int
    /// The services it was reached on (`tcp/443`, `icmp`), sorted.
    public var services: [String]
}
