import SluiceCompiler

/// One host's usage of one quota, for the metrics.
public struct HostMetrics: Hashable, Sendable {
    /// The host, or `*`.
    public var host: HostID
    /// The host's groups among the quota's, joined with `,`.
    public var groups: String
    /// Bytes counted in the current window.
    public var used: UInt64

    /// Creates a host's figure.
    public init(host: HostID, groups: String, used: UInt64) {
        self.host = host
        self.groups = groups
        self.used = used
    }
}
