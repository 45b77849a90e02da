/// Bytes one host sent in one clock hour (UTC), as the store keeps them for learned quotas.
public struct UsageHour: Hashable, Sendable, Codable {
    /// A canonical address.
    public var host: String
    /// Unix seconds of the hour's start; a multiple of 3600.
    public var hour: Int64
    public var bytes: UInt64

    /// Creates a record.
    public init(host: String, hour: Int64, bytes: UInt64) {
        self.host = host
        self.hour = hour
        self.bytes = bytes
    }
}
