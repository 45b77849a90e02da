/// Egress of audited hosts that the policy would deny, by destination and service: what enforcing
/// would break, or what the policy still lacks.
public struct WouldDenyFlow: Hashable, Sendable, Codable {
    public var destination: String
    /// `tcp/22`, `udp/53`, `icmp`.
    public var service: String
    public var bytes: UInt64
    public var flows: UInt64
    /// How many hosts; `hosts` names the first 20 by name.
    public var hostCount: Int
    public var hosts: [String]
}
