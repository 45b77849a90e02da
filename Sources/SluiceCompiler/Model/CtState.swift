/// Connection-tracking states, as the bits `ct state` tests.
public struct CtState: OptionSet, Hashable, Sendable, Codable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let invalid = CtState(rawValue: 1 << 0)
    public static let established = CtState(rawValue: 1 << 1)
    public static let related = CtState(rawValue: 1 << 2)
    public static let new = CtState(rawValue: 1 << 3)
    public static let untracked = CtState(rawValue: 1 << 6)

    /// The state words in nft's order.
    public var names: [String] {
        var out: [String] = []
        if contains(.invalid) { out.append("invalid") }
        if contains(.established) { out.append("established") }
        if contains(.related) { out.append("related") }
        if contains(.new) { out.append("new") }
        if contains(.untracked) { out.append("untracked") }
        return out
    }
}
