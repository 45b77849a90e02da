import SluiceLanguage

/// A flow to evaluate: a sender, a destination, and the protocols and ports (nil: all of them).
public struct FlowQuery: Hashable, Sendable {
    public var source: FlowSource
    public var destination: IPAddress
    public var ports: [PortSpec]?
    /// Learned sets (`NameBinding`) taken to hold the destination: a flow to an address that an
    /// answer for a name taught.
    public var learnedSets: Set<String>
    /// The DNS name the destination stands for, when the flow was asked about by name.
    public var destinationName: String?

    /// Creates a query.
    public init(source: FlowSource, destination: IPAddress, ports: [PortSpec]? = nil, learnedSets: Set<String> = []) {
        self.learnedSets = learnedSets
        self.source = source
        self.destination = destination
        self.ports = ports
    }
}

extension FlowQuery {
    /// A flow to an address an answer for `name` would teach: to the placeholder address of the
    /// family, taken to be in the learned sets of the destinations that admit the name.
    public static func toName(_ name: DomainPattern, family: AddressFamily, source: FlowSource, ports: [PortSpec]?,
                              _ compiled: CompiledPolicy) -> FlowQuery {
        let bindings = compiled.dns?.destinations(admitting: name.text) ?? []
        var query = FlowQuery(source: source, destination: Expectation.namePlaceholder(family), ports: ports,
                              learnedSets: Set(bindings.map { $0.set(family) }))
        query.destinationName = name.text
        return query
    }

    /// The destination as `explain` and `expect` say it.
    public var destinationText: String {
        destinationName.map { "\"\($0)\" (an address learned for it)" } ?? destination.description
    }
}
