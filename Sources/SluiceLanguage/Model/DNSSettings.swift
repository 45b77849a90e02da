/// The policy's `dns` settings: which resolvers' answers teach the kernel a destination's
/// addresses, and the bounds on what they teach.
public struct DNSSettings: Hashable, Sendable, Codable {
    /// `dns SERVER, ...`: the resolvers whose answers are trusted, sorted; empty when not set.
    public var servers: [IPAddress]
    /// `dns ttl at least D`: the shortest time a learned address is admitted, in seconds.
    public var ttlFloor: UInt64
    /// `dns addresses per name N`: the most addresses one name may hold at once.
    public var addressesPerName: Int

    /// The default floor: a minute, so that TTL 0 answers still admit the connection they precede.
    public static let defaultTTLFloor: UInt64 = 60
    /// The default cap per name.
    public static let defaultAddressesPerName = 256
    /// The largest floor: a day (a longer one would keep addresses a CDN long gave away).
    public static let maximumTTLFloor: UInt64 = 86_400
    /// The largest cap per name.
    public static let maximumAddressesPerName = 65_536

    /// Creates settings.
    public init(servers: [IPAddress] = [], ttlFloor: UInt64 = DNSSettings.defaultTTLFloor,
                addressesPerName: Int = DNSSettings.defaultAddressesPerName) {
        self.servers = servers
        self.ttlFloor = ttlFloor
        self.addressesPerName = addressesPerName
    }
}
