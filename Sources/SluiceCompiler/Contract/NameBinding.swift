import SluiceLanguage

/// One destination that lists DNS names: the names and patterns whose answers admit addresses,
/// and the kernel sets (one per family, with timeouts) the watcher adds the learned addresses to.
/// The allows of the destination match these sets beside its written addresses.
public struct NameBinding: Hashable, Sendable, Codable {
    /// The destination's name.
    public var destination: String
    /// Its names and patterns, sorted.
    public var names: [DomainPattern]
    /// The sets of learned addresses (`dn_DESTINATION_v4` / `_v6`).
    public var v4Set: String
    public var v6Set: String

    /// Creates a binding.
    public init(destination: String, names: [DomainPattern], v4Set: String, v6Set: String) {
        self.destination = destination
        self.names = names
        self.v4Set = v4Set
        self.v6Set = v6Set
    }

    /// Whether an answer for `name` (lowercase, no trailing dot) admits its addresses here.
    public func admits(name: String) -> Bool { names.contains { $0.matches(name) } }

    /// The learned set of a family.
    public func set(_ family: AddressFamily) -> String { family == .ipv4 ? v4Set : v6Set }
}
