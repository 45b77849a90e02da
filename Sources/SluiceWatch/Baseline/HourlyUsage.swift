import SluiceCompiler

/// Bytes one host sent in one clock hour (UTC): the unit a baseline learns from, whether recorded
/// by the watcher or imported from flow records.
public struct HourlyUsage: Hashable, Sendable, Codable {
    public var host: HostID
    /// Unix seconds of the hour's start; a multiple of 3600.
    public var hourStart: Int64
    public var bytes: UInt64

    /// Creates a record; `hourStart` is rounded down to its hour.
    public init(host: HostID, hourStart: Int64, bytes: UInt64) {
        self.host = host
        self.hourStart = hourStart - ((hourStart % 3_600) + 3_600) % 3_600
        self.bytes = bytes
    }
}
