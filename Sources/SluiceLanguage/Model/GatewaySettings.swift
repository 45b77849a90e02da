/// `gateway NAME { egress "IF", ... }`: the settings one gateway of a fleet takes instead of the
/// policy's when the policy is compiled for it (`Policy.forGateway`).
public struct GatewaySettings: Hashable, Sendable, Codable {
    /// The gateway's name, as `sluice watch --gateway` gives it.
    public var name: String
    /// Its egress interfaces; nil when the block does not set them (the policy's apply).
    public var egressInterfaces: [String]?
    /// Where the block starts.
    public var location: SourceLocation

    /// Creates a gateway's settings.
    public init(name: String, egressInterfaces: [String]?, location: SourceLocation) {
        self.name = name
        self.egressInterfaces = egressInterfaces
        self.location = location
    }
}
