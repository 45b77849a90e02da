import Foundation

/// Bytes one host (or a whole group) spent against one quota in one window.
public struct UsageRecord: Hashable, Sendable, Codable {
    /// The Sluice table the quota belongs to.
    public var table: String
    /// The `QuotaBinding.id`.
    public var quotaID: String
    /// A canonical address, `self`, or `*` for the group total of a `total` quota.
    public var host: String
    /// Unix seconds (UTC) at which the window began; a multiple of `windowLength`.
    public var windowStart: Int64
    /// Window length in seconds.
    public var windowLength: UInt64
    /// Bytes spent in the window so far.
    public var bytes: UInt64
    /// When the bytes were last written.
    public var updated: Date
    /// How many of `bytes` a fleet watcher added from the other gateways (0 outside a fleet).
    public var remoteBytes: UInt64

    /// Creates a usage record.
    public init(table: String, quotaID: String, host: String, windowStart: Int64, windowLength: UInt64,
                bytes: UInt64, updated: Date, remoteBytes: UInt64 = 0) {
        self.table = table
        self.quotaID = quotaID
        self.host = host
        self.windowStart = windowStart
        self.windowLength = windowLength
        self.bytes = bytes
        self.updated = updated
        self.remoteBytes = remoteBytes
    }

    /// Unix seconds at which the window ends (exclusive).
    public var windowEnd: Int64 { windowStart &+ Int64(clamping: windowLength) }
}
