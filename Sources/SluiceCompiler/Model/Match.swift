/// `KEY [!=] VALUE`: the rule goes on only when the packet matches.
public struct Match: Hashable, Sendable, Codable {
    public var key: MatchKey
    public var negated: Bool
    public var value: MatchValue

    /// Creates a match.
    public init(_ key: MatchKey, _ value: MatchValue, negated: Bool = false) {
        self.key = key
        self.value = value
        self.negated = negated
    }
}
