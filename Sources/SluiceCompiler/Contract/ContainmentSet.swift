/// One kernel set that holds contained hosts.
public struct ContainmentSet: Hashable, Sendable, Codable {
    /// The set's name.
    public var name: String
    /// Block or isolate.
    public var kind: ContainmentKind
    /// Whether it is keyed by `meta nfproto` (this machine) rather than by address.
    public var machine: Bool

    /// Creates a reference to a containment set.
    public init(name: String, kind: ContainmentKind, machine: Bool) {
        self.name = name
        self.kind = kind
        self.machine = machine
    }
}
