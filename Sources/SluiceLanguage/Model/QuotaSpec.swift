/// A byte allowance over a fixed, epoch-aligned window: `2 GiB per day per host`.
public struct QuotaSpec: Hashable, Sendable, Codable {
    /// Allowance in bytes (more than zero).
    public var bytes: UInt64
    /// Window length in seconds (at least one).
    public var window: UInt64
    public var scope: QuotaScope

    /// Creates a quota specification.
    public init(bytes: UInt64, window: UInt64, scope: QuotaScope) {
        self.bytes = bytes
        self.window = window
        self.scope = scope
    }
}
