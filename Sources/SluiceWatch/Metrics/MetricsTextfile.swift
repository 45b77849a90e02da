/// Writes the metrics for node_exporter's textfile collector, replacing the file atomically so the
/// collector never reads half of it.
public struct MetricsTextfile: Sendable {
    /// The target file (node_exporter reads `*.prom`).
    public let path: String

    /// Creates a writer for `path`.
    public init(path: String) {
        self.path = path
    }

    /// Replaces the file's contents.
    public func write(_ text: String) throws(SystemError) {
        try AtomicFile.write(Array(text.utf8), to: path, mode: 0o644)
    }
}
