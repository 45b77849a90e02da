/// A parsed `gateway NAME { ... }` block: one gateway of a fleet's settings that differ from the
/// policy's.
struct GatewayNode: Sendable {
    /// The `gateway` keyword.
    var location: SourceLocation
    /// Nil when the name could not be read (the block is then not resolved).
    var name: Located<String>?
    var egress: [Located<String>]?
    /// Where each setting was first given, for duplicate reports.
    var settingLocations: [String: SourceLocation] = [:]
}
