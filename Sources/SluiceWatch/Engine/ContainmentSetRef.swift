/// One kernel set that holds contained hosts.
struct ContainmentSetRef: Hashable, Sendable {
    /// The set's name.
    var name: String
    /// Block or isolate.
    var level: ContainmentLevel
    /// Whether it is keyed by `meta nfproto` (this machine) rather than by address.
    var machine: Bool
}
