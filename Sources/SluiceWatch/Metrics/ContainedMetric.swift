import SluiceCompiler

/// One contained host, for the metrics.
public struct ContainedMetric: Hashable, Sendable {
    /// The host.
    public var host: HostID
    /// Block or isolate.
    public var level: ContainmentKind

    /// Creates a figure.
    public init(host: HostID, level: ContainmentKind) {
        self.host = host
        self.level = level
    }
}
