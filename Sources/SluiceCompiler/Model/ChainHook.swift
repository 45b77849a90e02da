/// Where a base chain hooks into the stack (`type filter hook forward priority filter; policy accept;`).
public struct ChainHook: Hashable, Sendable, Codable {
    /// The netfilter hook.
    public enum Hook: String, Hashable, Sendable, Codable {
        case input, forward, output
    }

    /// A base chain's default verdict.
    public enum Policy: String, Hashable, Sendable, Codable {
        case accept, drop
    }

    public var hook: Hook
    /// Priority relative to `filter` (0).
    public var priority: Int32
    public var policy: Policy

    /// Creates a filter base-chain hook.
    public init(hook: Hook, priority: Int32 = 0, policy: Policy = .accept) {
        self.hook = hook
        self.priority = priority
        self.policy = policy
    }
}
