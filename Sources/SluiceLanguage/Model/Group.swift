/// A named set of internal hosts: the sources egress rules and quotas speak of.
public struct Group: Hashable, Sendable, Codable {
    public var name: String
    /// Normalized (sorted, merged) addresses; empty for the built-in `self`.
    public var addresses: [AddressRange]
    /// True for the built-in group `self` of host mode: all of this machine's own traffic.
    public var isSelf: Bool
    /// The items of a `users` set (host mode: traffic of local accounts, by socket owner); nil for
    /// a group of addresses.
    public var users: [UserItem]?
    public var location: SourceLocation

    /// Creates a group.
    public init(name: String, addresses: [AddressRange], isSelf: Bool = false, users: [UserItem]? = nil,
                location: SourceLocation) {
        self.name = name
        self.addresses = addresses
        self.isSelf = isSelf
        self.users = users
        self.location = location
    }

    /// Whether this is a `users` set rather than a group of addresses.
    public var isUsers: Bool { users != nil }

    /// The name of the built-in host-mode group.
    public static let selfName = "self"
}
