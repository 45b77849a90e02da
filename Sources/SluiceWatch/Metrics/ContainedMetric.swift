/// One contained host, for the metrics.
public struct ContainedMetric: Hashable, Sendable {
    /// The host.
    public var host: WatchHost
    /// Block or isolate.
    public var level: ContainmentLevel

    /// Creates a figure.
    public init(host: WatchHost, level: ContainmentLevel) {
        self.host = host
        self.level = level
    }
}
