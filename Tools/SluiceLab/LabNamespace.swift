/// A named network namespace (`/var/run/netns/NAME`) and the part it plays in a lab.
public struct LabNamespace: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The name `ip netns` knows it by.
    public let name: String
    /// Its part in the topology.
    public let role: LabNamespaceRole

    /// Refers to a namespace by name; the lab creates them, tests and tools may name others.
    public init(name: String, role: LabNamespaceRole) {
        self.name = name
        self.role = role
    }

    /// The file that pins the namespace, which `setns` opens.
    public var path: String { "/var/run/netns/\(name)" }

    /// The namespace name.
    public var description: String { name }

    /// By name.
    public static func < (a: LabNamespace, b: LabNamespace) -> Bool { a.name < b.name }
}
