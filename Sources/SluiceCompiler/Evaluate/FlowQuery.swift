import SluiceLanguage

/// A flow to evaluate: a sender, a destination, and the protocols and ports (nil: all of them).
public struct FlowQuery: Hashable, Sendable {
    public var source: FlowSource
    public var destination: IPAddress
    public var ports: [PortSpec]?

    /// Creates a query.
    public init(source: FlowSource, destination: IPAddress, ports: [PortSpec]? = nil) {
        self.source = source
        self.destination = destination
        self.ports = ports
    }
}
