/// One name in `sluice status --names`: the destinations it admits addresses to, its learned
/// addresses with their expiries, and whether it is at its cap.
public struct NameStatus: Hashable, Sendable, Codable {
    /// Lowercase, without the trailing dot.
    public var name: String
    /// The destinations its addresses were admitted to, sorted.
    public var destinations: [String]
    /// Unexpired addresses, sorted.
    public var addresses: [LearnedAddressStatus]
    /// It holds `dns addresses per name` addresses: answers with others are refused them until
    /// some expire (a warning: raise the cap, or narrow the name).
    public var atCap: Bool

    /// Creates a name's status.
    public init(name: String, destinations: [String], addresses: [LearnedAddressStatus], atCap: Bool) {
        self.name = name
        self.destinations = destinations
        self.addresses = addresses
        self.atCap = atCap
    }
}
