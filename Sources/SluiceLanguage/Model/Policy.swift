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
    /// The site's own networks, normalized: the `inside` setting, or by default the
    /// special-purpose private ranges (`privateNetworks`) and the addresses of every group but the
    /// management group. The management group lies within them (`check` refuses it otherwise).
    public var insideNetworks: [AddressRange]
    /// Rate at which dropped egress is logged; nil when `log denied` is absent.
    public var logDenied: RateLimit?
    /// `baseline learn D`: how far back learned quotas look at recorded usage, in seconds.
    public var baselineLearn: UInt64 = Policy.defaultBaselineLearn
    /// The `dns` settings: trusted resolvers and the bounds on learned addresses.
    public var dns = DNSSettings()
    /// The `gateway NAME { }` blocks: what each named gateway of a fleet does differently
    /// (`forGateway`), in source order.
    public var gateways: [GatewaySettings] = []
    /// Groups in source order; in host mode the built-in `self` comes first.
    public var groups: [Group]
    public var destinations: [Destination]
    public var services: [Service]
    public var allows: [AllowRule]
    public var quotas: [QuotaRule]
    public var exceedRules: [ExceedRule]
    /// The `audit` statements, in source order.
    public var audits: [AuditRule]
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
                location: SourceLocation, insideNetworks: [AddressRange] = [], audits: [AuditRule] = []) {
        self.name = name
        self.mode = mode
        self.egressInterfaces = egressInterfaces
        self.management = management
        self.insideNetworks = insideNetworks
        self.logDenied = logDenied
        self.groups = groups
        self.destinations = destinations
        self.services = services
        self.allows = allows
        self.quotas = quotas
        self.exceedRules = exceedRules
        self.audits = audits
        self.expectations = expectations
        self.sources = sources
        self.location = location
    }

    /// The special-purpose ranges a site uses for its own hosts (RFC 1918, RFC 6598 shared
    /// address space, link-local, unique local): inside by default.
    public static let privateNetworks: [AddressRange] = [
        "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16", "fc00::/7", "fe80::/10",
    ].compactMap { AddressRange(parsing: $0) }

    /// The default inside networks: `privateNetworks` and every group's addresses but the
    /// management group's, normalized.
    public static func defaultInsideNetworks(groups: [Group], management: String?) -> [AddressRange] {
        AddressRange.normalize(privateNetworks + groups.filter { $0.name != management }.flatMap(\.addresses))
    }

    /// `baseline learn` when the policy does not set it: two weeks, two samples of every hour of the week.
    public static let defaultBaselineLearn: UInt64 = 14 * 86_400

    /// The shortest `baseline learn`: one sample of every hour of the week.
    public static let minimumBaselineLearn: UInt64 = 7 * 86_400

    /// The group with this name.
    public func group(named name: String) -> Group? { groups.first { $0.name == name } }

    /// The destination with this name.
    public func destination(named name: String) -> Destination? { destinations.first { $0.name == name } }

    /// The destinations that admit the addresses of DNS name `name`, in policy order.
    public func destinations(admitting name: String) -> [Destination] { destinations.filter { $0.admits(name: name) } }

    /// The service with this name.
    public func service(named name: String) -> Service? { services.first { $0.name == name } }

    /// The group names a selector stands for, in policy order (`any` is every group).
    public func groupNames(_ selector: SourceSelector) -> [String] {
        switch selector {
        case .any: groups.map(\.name)
        case .groups(let names): groups.map(\.name).filter { names.contains($0) }
        }
    }

    /// The groups an `audit` statement names (every group for `audit any`), in policy order.
    public var auditedGroups: [String] {
        if audits.contains(where: { $0.sources == .any }) { return groups.map(\.name) }
        let named = Set(audits.flatMap { rule -> [String] in
            if case .groups(let names) = rule.sources { return names }
            return []
        })
        return groups.map(\.name).filter { named.contains($0) }
    }

    /// The groups that contain an address (never `self`).
    public func groups(containing address: IPAddress) -> [Group] {
        groups.filter { g in !g.isSelf && g.addresses.contains { $0.contains(address) } }
    }
}

extension Policy {
    /// Decodes a policy; one stored before `insideNetworks` existed gets the default for its
    /// groups, as its source would give today without an `inside` setting, and one stored before
    /// `audits` existed audits nothing.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        mode = try c.decode(PolicyMode.self, forKey: .mode)
        egressInterfaces = try c.decode([String].self, forKey: .egressInterfaces)
        management = try c.decodeIfPresent(String.self, forKey: .management)
        logDenied = try c.decodeIfPresent(RateLimit.self, forKey: .logDenied)
        groups = try c.decode([Group].self, forKey: .groups)
        destinations = try c.decode([Destination].self, forKey: .destinations)
        services = try c.decode([Service].self, forKey: .services)
        allows = try c.decode([AllowRule].self, forKey: .allows)
        quotas = try c.decode([QuotaRule].self, forKey: .quotas)
        exceedRules = try c.decode([ExceedRule].self, forKey: .exceedRules)
        audits = try c.decodeIfPresent([AuditRule].self, forKey: .audits) ?? []
        expectations = try c.decode([Expectation].self, forKey: .expectations)
        sources = try c.decode([SourceFile].self, forKey: .sources)
        location = try c.decode(SourceLocation.self, forKey: .location)
        insideNetworks = try c.decodeIfPresent([AddressRange].self, forKey: .insideNetworks)
            ?? Self.defaultInsideNetworks(groups: groups, management: management)
        baselineLearn = try c.decodeIfPresent(UInt64.self, forKey: .baselineLearn) ?? Self.defaultBaselineLearn
        dns = try c.decodeIfPresent(DNSSettings.self, forKey: .dns) ?? DNSSettings()
        gateways = try c.decodeIfPresent([GatewaySettings].self, forKey: .gateways) ?? []
    }
}
