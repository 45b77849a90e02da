/// A named list of protocols and ports.
public struct Service: Hashable, Sendable, Codable {
    public var name: String
    public var ports: [PortSpec]
    public var location: SourceLocation

    /// Creates a service.
    public init(name: String, ports: [PortSpec], location: SourceLocation) {
        self.name = name
        self.ports = ports
        self.location = location
    }
}
