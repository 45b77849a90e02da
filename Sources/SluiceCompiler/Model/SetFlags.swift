/// Set flags as nftables declares them (`flags interval, timeout, dynamic`).
public struct SetFlags: OptionSet, Hashable, Sendable, Codable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Elements are ranges (prefixes, port ranges).
    public static let interval = SetFlags(rawValue: 1 << 0)
    /// Elements may expire.
    public static let timeout = SetFlags(rawValue: 1 << 1)
    /// The packet path adds elements (`update @set`).
    public static let dynamic = SetFlags(rawValue: 1 << 2)

    /// The flag words in the order `nft list` prints them.
    public var names: [String] {
        var out: [String] = []
        if contains(.dynamic) { out.append("dynamic") }
        if contains(.interval) { out.append("interval") }
        if contains(.timeout) { out.append("timeout") }
        return out
    }
}
