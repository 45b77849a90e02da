/// Denied attempts of one host (or `other` for hosts past the tracking limit), for the metrics.
public struct DeniedMetric: Hashable, Sendable {
    /// The host's text, or `other`.
    public var host: String
    /// Attempts since the watcher started.
    public var count: UInt64

    /// Creates a figure.
    public init(host: String, count: UInt64) {
        self.host = host
        self.count = count
    }
}
