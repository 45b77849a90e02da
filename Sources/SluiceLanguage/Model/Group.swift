/// A named set of internal hosts: the sources egress rules and quotas speak of.
public struct Group: Hashable, Sendable, Codable {
    public var name: String
    /// Normalized (sorted, merged) addresses; empty for the built-in `self`.
    public var addresses: [AddressRange]
    /// True for the built-in group `self` of host mode: all of this machine's own traffic.
    public var isSelf: Bool
    public var location: SourceLocation

    /// Creates a group.
    public init(name: String, addresses: [AddressRange], isSelf: Bool = false, location: SourceLocation) {
        self.name = name
        self.addresses = addresses
        self.isSelf = isSelf
        self.location = location
    }

    /// The name of the built-in host-mode group.
    public static let selfName = "self"
}
