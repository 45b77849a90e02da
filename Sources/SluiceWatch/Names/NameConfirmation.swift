import SluiceLanguage

/// A server's answer to the watcher's own question: the addresses it gives for the name, and the
/// smallest TTL among them (how long the confirmation may be reused).
public struct NameConfirmation: Hashable, Sendable {
    public var addresses: Set<IPAddress>
    public var ttl: UInt32

    /// Creates a confirmation.
    public init(addresses: Set<IPAddress>, ttl: UInt32) {
        self.addresses = addresses
        self.ttl = ttl
    }

    /// The confirmation an answer to the watcher's question gives: its addresses of `type`'s
    /// family, unmapped.
    public init(_ answer: DNSAnswer, type: NameQuery.RecordType) {
        let family: AddressFamily = type == .a ? .ipv4 : .ipv6
        let records = answer.resolution().addresses.filter { $0.address.unmapped.family == family }
        self.init(addresses: Set(records.map(\.address.unmapped)), ttl: records.map(\.ttl).min() ?? 0)
    }
}
