/// A parsed, resolved and validated policy: the input of the compiler.
///
/// Every name an allow, quota, exceed rule or expectation uses refers to a definition of the right
/// kind; addresses are normalized; sizes and windows are positive. Declarations keep source order.
public struct Policy: Hashable, Sendable, Codable {
    public var name: String
    public var mode: PolicyMode
    /// Interfaces that lead out of the site, in the order written (required in gateway mode).
    public var egressInterfaces: [String]
    /// The group that containment never cuts off.
    public var management: String?
    /// Rate at which dropped egress is logged; nil when `log denied` is absent.
    public var logDenied: RateLimit?
    /// Groups in source order; in host mode the built-in `self` comes first.
    public var groups: [Group]
    public var destinations: [Destination]
    public var services: [Service]
    public var allows: [AllowRule]
    public var quotas: [QuotaRule]
    public var exceedRules: [ExceedRule]
    public var expectations: [Expectation]
    /// Every file read, the root policy first, then includes in the order they were read.
    public var sources: [SourceFile]
    /// Where the `policy` block starts: the default deny is reported at this line.
    public var location: SourceLocation

    /// Creates a policy.
    public init(name: String, mode: PolicyMode, egressInterfaces: [String] = [], management: String? = nil,
                logDenied: RateLimit? = nil, groups: [Group] = [], destinations: [Destination] = [],
                services: [Service] = [], allows: [AllowRule] = [], quotas: [QuotaRule] = [],
                exceedRules: [ExceedRule] = [], expectations: [Expectation] = [], sources: [SourceFile] = [],
                location: SourceLocation) {
        self.name = name
        self.mode = mode
        self.egressInterfaces = egressInterfaces
        self.management = management
        self.logDenied = logDenied
        self.groups = groups
        self.destinations = destinations
        self.services = services
        self.allows = allows
        self.quotas = quotas
        self.exceedRules = exceedRules
        self.expectations = expectations
        self.sources = sources
        self.location = location
    }

    /// The group with this name.
    public func group(named name: String) -> Group? { groups.first { $0.name == name } }

    /// The destination with this name.
    public func destination(named name: String) -> Destination? { destinations.first { $0.name == name } }

    /// The service with this name.
    public func service(named name: String) -> Service? { services.first { $0.name == name } }

    /// The group names a selector stands for, in policy order (`any` is every group).
    public func groupNames(_ selector: SourceSelector) -> [String] {
        switch selector {
        case .any: groups.map(\.name)
        case .groups(let names): groups.map(\.name).filter { names.contains($0) }
        }
    }

    /// The groups that contain an address (never `self`).
    public func groups(containing address: IPAddress) -> [Group] {
        groups.filter { g in !g.isSelf && g.addresses.contains { $0.contains(address) } }
    }
}
