import SluiceCompiler

/// Bytes per host of one quota in one window: a gateway's own usage (published), or the sum of
/// every other gateway's (received).
public struct FleetUsage: Hashable, Sendable {
    /// The quota's id.
    public var quotaID: String
    /// The start of the window, in Unix seconds.
    public var window: Int64
    /// Bytes per host (`*` for a group total).
    public var hosts: [HostID: UInt64]

    /// Creates a figure set.
    public init(quotaID: String, window: Int64, hosts: [HostID: UInt64]) {
        self.quotaID = quotaID
        self.window = window
        self.hosts = hosts
    }
}
