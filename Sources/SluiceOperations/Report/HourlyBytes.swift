/// Bytes one group sent in one hour (hosts in several groups count for the first, in policy order;
/// `-` for hosts in none).
public struct HourlyBytes: Hashable, Sendable, Codable {
    /// Unix seconds of the hour's start.
    public var hour: Int64
    public var group: String
    public var bytes: UInt64
}
