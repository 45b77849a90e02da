/// A named set of outside addresses that `allow` rules may target.
public struct Destination: Hashable, Sendable, Codable {
    public var name: String
    /// Normalized (sorted, merged) addresses.
    public var addresses: [AddressRange]
    public var location: SourceLocation

    /// Creates a destination.
    public init(name: String, addresses: [AddressRange], location: SourceLocation) {
        self.name = name
        self.addresses = addresses
        self.location = location
    }
}
