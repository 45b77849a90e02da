/// `update @SET { KEY }` or `add @SET { KEY }`: the packet path adds its key to a dynamic set and
/// evaluates the element's stateful expression (a per-host quota or counter).
public struct SetUpdate: Hashable, Sendable, Codable {
    /// `update` refreshes an existing element; `add` leaves it as it is.
    public enum Operation: String, Hashable, Sendable, Codable {
        case add, update
    }

    public var operation: Operation
    public var set: String
    /// The key: `ip saddr`, `ip6 saddr`, `meta skuid` or `ct owner`.
    public var key: MatchKey

    /// Creates a set update.
    public init(_ operation: Operation, set: String, key: MatchKey) {
        self.operation = operation
        self.set = set
        self.key = key
    }
}
