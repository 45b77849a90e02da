/// One kernel set that holds contained hosts.
public struct ContainmentSet: Hashable, Sendable, Codable {
    /// The set's name.
    public var name: String
    /// Block or isolate.
    public var kind: ContainmentKind
    /// Whether it is keyed by `meta nfproto` (this machine) rather than by address.
    public var machine: Bool
    /// Whether it is keyed by uid (local users, `meta skuid`) rather than by address.
    public var users: Bool

    /// Creates a reference to a containment set.
    public init(name: String, kind: ContainmentKind, machine: Bool, users: Bool = false) {
        self.name = name
        self.kind = kind
        self.machine = machine
        self.users = users
    }

    /// Decodes a reference; one written before users sets existed is keyed by address or nfproto.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        kind = try c.decode(ContainmentKind.self, forKey: .kind)
        machine = try c.decode(Bool.self, forKey: .machine)
        users = try c.decodeIfPresent(Bool.self, forKey: .users) ?? false
    }
}
