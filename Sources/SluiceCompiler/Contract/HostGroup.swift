import SluiceLanguage

/// A group as the watcher and the operations need it: its name and addresses, so that a host's
/// groups (for `on exceed`, alerts and incidents) are found without the policy text.
public struct HostGroup: Hashable, Sendable, Codable {
    public var name: String
    /// Normalized (sorted, merged) addresses; empty for the built-in `self`.
    public var addresses: [AddressRange]
    /// True for the built-in group `self` of host mode.
    public var isSelf: Bool
    /// A `users` set's uids as resolved at compile time (sorted, merged); nil for address groups.
    public var uids: [ClosedRange<UInt32>]?

    /// Creates a group entry.
    public init(name: String, addresses: [AddressRange], isSelf: Bool, uids: [ClosedRange<UInt32>]? = nil) {
        self.name = name
        self.addresses = addresses
        self.isSelf = isSelf
        self.uids = uids
    }

    /// Whether the group is a users set holding this uid.
    public func contains(uid: UInt32) -> Bool {
        uids?.contains { $0.contains(uid) } ?? false
    }

    /// Whether the group holds an address (never true for `self`).
    public func contains(_ address: IPAddress) -> Bool {
        !isSelf && addresses.contains { $0.contains(address) }
    }
}
