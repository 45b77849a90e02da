/// Where `alert log` lines go.
public protocol AlertLineWriter: Sendable {
    /// Writes one line (the newline is added here).
    func write(line: String)
}
