import SluiceLanguage

/// One answer-section record a DNS answer teaches from: an address or an alias of `name`.
public struct DNSRecord: Hashable, Sendable {
    /// What the record says.
    public enum Data: Hashable, Sendable {
        /// An A or AAAA record.
        case address(IPAddress)
        /// A CNAME: `name` is an alias of this one.
        case alias(String)
    }

    /// The owner name, lowercase, without the trailing dot.
    public var name: String
    /// Seconds (RFC 2181: a TTL with the top bit set counts as 0).
    public var ttl: UInt32
    public var data: Data

    /// Creates a record.
    public init(name: String, ttl: UInt32, data: Data) {
        self.name = name
        self.ttl = ttl
        self.data = data
    }
}
