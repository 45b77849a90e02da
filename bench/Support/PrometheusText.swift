/// Values read back from the Prometheus text format (a `--metrics-file` the watcher wrote).
public struct PrometheusText {
    /// The text.
    public let text: String

    /// Wraps the text.
    public init(_ text: String) {
        self.text = text
    }

    /// The value of the first sample of `name` without labels, or nil when absent or NaN.
    public func value(of name: String) -> Double? {
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ")
            guard parts.count == 2, parts[0] == name, let value = Double(parts[1]), !value.isNaN else { continue }
            return value
        }
        return nil
    }
}
