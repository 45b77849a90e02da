/// What lab to build: the topology, its machines and the outside addresses.
public struct LabSpec: Hashable, Sendable {
    /// Gateway or host topology.
    public var topology: LabTopology
    /// Gateway topology: the inside hosts, each in its own namespace behind its own link.
    public var hosts: [LabHostSpec]
    /// Host topology: the node's own addresses.
    public var nodeAddresses: [LabAddress]
    /// Host topology: an optional management host linked to the node.
    public var management: LabHostSpec?
    /// Addresses the outside namespace owns, with the uplink that leads to each.
    public var outside: [LabOutsideAddress]
    /// How many uplinks the gateway has: 1 (`wan0`) or 2 (`wan0`, `wan1`); always 1 for a node.
    public var uplinks: Int

    /// Creates a spec from its parts; `Lab.create` validates it.
    public init(topology: LabTopology, hosts: [LabHostSpec] = [], nodeAddresses: [LabAddress] = [],
                management: LabHostSpec? = nil, outside: [LabOutsideAddress] = [], uplinks: Int = 1) {
        self.topology = topology
        self.hosts = hosts
        self.nodeAddresses = nodeAddresses
        self.management = management
        self.outside = outside
        self.uplinks = uplinks
    }

    /// A gateway lab; `wan1` gets the addresses in `wan1Outside` and exists only if there are any
    /// or `secondUplink` asks for it.
    public static func gateway(hosts: [LabHostSpec], outside: [LabAddress], wan1Outside: [LabAddress] = [],
                               secondUplink: Bool = false) -> LabSpec {
        LabSpec(topology: .gateway, hosts: hosts,
                outside: outside.map { LabOutsideAddress($0, uplink: 0) } + wan1Outside.map { LabOutsideAddress($0, uplink: 1) },
                uplinks: secondUplink || !wan1Outside.isEmpty ? 2 : 1)
    }

    /// A host lab: one node with `node` addresses, the outside, and optionally a management host.
    public static func host(node: [LabAddress], outside: [LabAddress], management: LabHostSpec? = nil) -> LabSpec {
        LabSpec(topology: .host, nodeAddresses: node, management: management,
                outside: outside.map { LabOutsideAddress($0, uplink: 0) }, uplinks: 1)
    }
}
