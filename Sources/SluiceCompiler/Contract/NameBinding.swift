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
    /// The groups whose allows target the destination (every group for `allow any`; `self` and
    /// `users` sets by their names), sorted: whom the learned addresses are for. Nil in a policy
    /// compiled before it was recorded: then nobody's connection counts as another group's.
    public var groups: [String]?

    /// Creates a binding.
    public init(destination: String, names: [DomainPattern], v4Set: String, v6Set: String, groups: [String]? = nil) {
        self.destination = destination
        self.names = names
        self.v4Set = v4Set
        self.v6Set = v6Set
        self.groups = groups
    }

    /// Whether an answer for `name` (lowercase, no trailing dot) admits its addresses here.
    public func admits(name: String) -> Bool { names.contains { $0.matches(name) } }

    /// Whether an allow of one of `groups` targets the destination (true when the policy did not
    /// record whose it is).
    public func isReachable(byAnyOf groups: [String]) -> Bool {
        guard let mine = self.groups else { return true }
        return groups.contains { mine.contains($0) }
    }

    /// The learned set of a family.
    public func set(_ family: AddressFamily) -> String { family == .ipv4 ? v4Set : v6Set }
}
