/// A machine in the lab with its own namespace: an inside host, or the management host.
public struct LabHostSpec: Hashable, Sendable {
    /// Short name, 1-13 of `A-Z a-z 0-9 _ -` (it becomes part of the interface name `h-NAME`).
    public var name: String
    /// The addresses it owns, as /32 and /128; at most one default route per family follows the
    /// first address of that family.
    public var addresses: [LabAddress]

    /// Creates a host spec.
    public init(name: String, addresses: [LabAddress]) {
        self.name = name
        self.addresses = addresses
    }

    /// Creates a host spec from address texts; throws `LabError.invalidAddress` for a bad one.
    public init(name: String, parsing addresses: [String]) throws {
        self.init(name: name, addresses: try addresses.map { try LabAddress(parsing: $0) })
    }
}
