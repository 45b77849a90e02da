/// A parsed `policy NAME { ... }` block.
struct PolicyNode: Sendable {
    /// The `policy` keyword.
    var location: SourceLocation
    var name: Located<String>?
    var mode: Located<PolicyMode>?
    var egress: [Located<String>]?
    var egressLocation: SourceLocation?
    var management: Located<String>?
    /// The `inside` networks as written (invalid items left out).
    var inside: [Located<AddressRange>]?
    /// Whether an item of `inside` was refused: the networks meant are then unknown.
    var insideHasErrors = false
    var logDenied: Located<RateLimit>?
    /// `baseline learn D`, in seconds.
    var baselineLearn: Located<UInt64>?
    /// `dns SERVER, ...` as written (invalid items left out).
    var dnsServers: [Located<IPAddress>]?
    /// `dns ttl at least D`, in seconds.
    var dnsTTLFloor: Located<UInt64>?
    /// `dns addresses per name N`.
    var dnsAddressesPerName: Located<Int>?
    /// True when the block's header could not be read; its settings are then not checked.
    var isBroken = false
    /// Where each setting was first given, by setting name, for duplicate reports.
    var settingLocations: [String: SourceLocation] = [:]
}
