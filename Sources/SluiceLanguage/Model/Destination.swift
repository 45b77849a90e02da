/// A named set of outside addresses that `allow` rules may target: addresses written down, and
/// addresses learned from DNS answers for the names it lists.
public struct Destination: Hashable, Sendable, Codable {
    public var name: String
    /// Normalized (sorted, merged) addresses.
    public var addresses: [AddressRange]
    /// The DNS names and patterns whose answers admit addresses, sorted, without repeats.
    public var names: [DomainPattern]
    public var location: SourceLocation

    /// Creates a destination.
    public init(name: String, addresses: [AddressRange], names: [DomainPattern] = [], location: SourceLocation) {
        self.name = name
        self.addresses = addresses
        self.names = names
        self.location = location
    }

    /// Whether an answer for `name` admits its addresses to this destination.
    public func admits(name: String) -> Bool { names.contains { $0.matches(name) } }
}

extension Destination {
    /// Decodes a destination; one stored before names existed has none.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        addresses = try c.decode([AddressRange].self, forKey: .addresses)
        names = try c.decodeIfPresent([DomainPattern].self, forKey: .names) ?? []
        location = try c.decode(SourceLocation.self, forKey: .location)
    }
}
