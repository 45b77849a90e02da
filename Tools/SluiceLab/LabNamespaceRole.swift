/// What a namespace is for in the lab's topology.
public enum LabNamespaceRole: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The firewall gateway (gateway topology).
    case gateway
    /// The outside network that owns the outside addresses.
    case outside
    /// An inside host behind the gateway, by the spec's host name.
    case host(String)
    /// The machine that filters its own traffic (host topology).
    case node
    /// The management host next to the node (host topology).
    case management

    /// The role in words (`gateway`, `host web`, ...).
    public var description: String {
        switch self {
        case .gateway: "gateway"
        case .outside: "outside"
        case .host(let name): "host \(name)"
        case .node: "node"
        case .management: "management"
        }
    }
}
