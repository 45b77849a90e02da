import SluiceLanguage

/// What the watcher needs to learn destinations' addresses from DNS answers: the trusted
/// resolvers, the bounds (`dns ttl at least`, `dns addresses per name`), and each destination's
/// names with its learned sets. Nil in a `CompiledPolicy` whose destinations list no name.
public struct DNSBinding: Hashable, Sendable, Codable {
    /// The resolvers whose answers are trusted, sorted.
    public var servers: [IPAddress]
    /// The shortest time a learned address is admitted, in seconds.
    public var ttlFloor: UInt64
    /// The most addresses one name holds at once.
    public var addressesPerName: Int
    /// The destinations with names, in policy order.
    public var destinations: [NameBinding]
    /// The NFQUEUE number the ruleset holds the servers' answers in: the table's NFLOG group
    /// number (queues and NFLOG groups are separate spaces), so each table has its own queue and
    /// its own watcher.
    public var queue: UInt16

    /// Creates a binding.
    public init(servers: [IPAddress], ttlFloor: UInt64, addressesPerName: Int, destinations: [NameBinding], queue: UInt16) {
        self.queue = queue
        self.servers = servers
        self.ttlFloor = ttlFloor
        self.addressesPerName = addressesPerName
        self.destinations = destinations
    }

    /// The most elements a learned set holds: a backstop under the per-name cap, which the
    /// watcher enforces, against a flood of names under a pattern.
    public static let learnedSetSize: UInt32 = 65_536

    /// The destinations an answer for `name` admits addresses to, in policy order.
    public func destinations(admitting name: String) -> [NameBinding] { destinations.filter { $0.admits(name: name) } }

    /// Whether `address` is one of the trusted resolvers (an IPv4-mapped address counts as IPv4).
    public func trusts(_ address: IPAddress) -> Bool { servers.contains(address.unmapped) }
}
