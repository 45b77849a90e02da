/// Alerts one `alert exec` program's full queue dropped since the watcher started.
public struct AlertsDroppedMetric: Hashable, Sendable {
    /// The program's path.
    public var program: String
    /// Alerts dropped.
    public var count: UInt64

    /// Creates a figure.
    public init(program: String, count: UInt64) {
        self.program = program
        self.count = count
    }
}
