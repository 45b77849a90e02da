/// A destination first reached in the period (over all the flow history the store keeps), with the
/// hosts that reached it in the period.
public struct NewDestination: Hashable, Sendable, Codable {
    public var destination: String
    /// RFC 3339 starts of the first and last hour it was reached in.
    public var firstSeen: String
    public var lastSeen: String
    public var bytes: UInt64
    /// How many hosts; `hosts` names the first 20 by name.
    public var hostCount: Int
    public var hosts: [String]
}
