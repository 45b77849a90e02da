/// One quota window of the report's focus host (the `--host`, else the top host): its use
/// against the budget, for the chart of a host against its quota windows.
public struct HostWindowUsage: Hashable, Sendable, Codable {
    public var host: String
    public var quota: String
    /// RFC 3339 start of the window, and its length in seconds.
    public var windowStart: String
    public var windowSeconds: UInt64
    public var bytes: UInt64
    public var budget: UInt64
}
