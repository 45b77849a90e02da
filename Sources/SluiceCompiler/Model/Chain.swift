/// A chain: a base chain when it has a hook, otherwise a regular chain reached by jump or goto.
public struct Chain: Hashable, Sendable, Codable {
    public var name: String
    public var hook: ChainHook?
    public var rules: [Rule]

    /// Creates a chain.
    public init(name: String, hook: ChainHook? = nil, rules: [Rule] = []) {
        self.name = name
        self.hook = hook
        self.rules = rules
    }
}
