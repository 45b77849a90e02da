/// One veth pair of the lab: an interface in each of two namespaces.
public struct LabLink: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The router side: the gateway (or, in a host lab, the node for `mgmt0`, the outside for `node0`).
    public let namespace: LabNamespace
    /// The interface name on the router side (`h-web`, `wan0`, `mgmt0`, ...).
    public let interface: String
    /// The other side's namespace.
    public let peerNamespace: LabNamespace
    /// The other side's interface name (`eth0`, `gw0`, `node0`, ...).
    public let peerInterface: String

    /// Describes a link.
    public init(namespace: LabNamespace, interface: String, peerNamespace: LabNamespace, peerInterface: String) {
        self.namespace = namespace
        self.interface = interface
        self.peerNamespace = peerNamespace
        self.peerInterface = peerInterface
    }

    /// `ns:if <-> peer-ns:peer-if`.
    public var description: String { "\(namespace.name):\(interface) <-> \(peerNamespace.name):\(peerInterface)" }

    /// By router namespace name, then interface name.
    public static func < (a: LabLink, b: LabLink) -> Bool {
        (a.namespace.name, a.interface) < (b.namespace.name, b.interface)
    }
}
