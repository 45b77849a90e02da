import SluiceLanguage

/// The compiler's whole output and the one contract between the compiler and everything after it:
/// the ruleset for the kernel, and a typed description of what the watcher, the store and the
/// operations need to know about it (how each quota is counted, which sets hold contained hosts,
/// which hosts are management, what each group does on exceed, where logged packets go).
///
/// It is stored with every applied version (`CompiledPolicyCodec`), so rollback, `watch` and
/// `status` read what was applied instead of compiling the policy text again; nothing downstream
/// re-derives a decision the compiler made.
public struct CompiledPolicy: Hashable, Sendable, Codable {
    /// The policy's name (`policy NAME { ... }`).
    public var name: String
    public var mode: PolicyMode
    /// Interfaces that lead out, in the order written.
    public var egressInterfaces: [String]
    public var ruleset: Ruleset
    /// The quotas, in policy order.
    public var quotas: [QuotaBinding]
    public var containment: ContainmentBinding
    /// The groups in policy order (host mode's `self` first), for a host's groups.
    public var groups: [HostGroup]
    /// The `on exceed` rules, in policy order.
    public var exceedRules: [ExceedBinding]
    /// Where logged packets go and how their prefixes read.
    public var log: PacketLogChannels
    /// Host mode: the local accounts the policy's `users` sets name, resolved at compile time (uid
    /// and name), for showing users by name. Nil when the policy has no users set.
    public var users: [UserAccount]?
    /// The `audit` statements, or nil when every group enforces.
    public var audit: AuditBinding?
    /// The site's own networks (`Policy.insideNetworks`): a flow of one of the policy's hosts to an
    /// address outside them left the site, which is what flow accounting counts as egress.
    public var insideNetworks: [AddressRange]
    /// Destinations by DNS name: the trusted resolvers and the learned sets; nil without names.
    public var dns: DNSBinding?

    /// Creates a compiled policy.
    public init(name: String, mode: PolicyMode, egressInterfaces: [String], ruleset: Ruleset, quotas: [QuotaBinding],
                containment: ContainmentBinding, groups: [HostGroup], exceedRules: [ExceedBinding],
                log: PacketLogChannels, audit: AuditBinding? = nil, insideNetworks: [AddressRange] = []) {
        self.name = name
        self.mode = mode
        self.egressInterfaces = egressInterfaces
        self.ruleset = ruleset
        self.quotas = quotas
        self.containment = containment
        self.groups = groups
        self.exceedRules = exceedRules
        self.log = log
        self.audit = audit
        self.insideNetworks = insideNetworks
    }

    /// The table the ruleset is for.
    public var table: String { ruleset.table }

    /// The name of host mode's built-in group, when the policy has it.
    public var machineGroup: String? { groups.first(where: \.isSelf)?.name }

    /// The groups that hold an address (never `self`), in policy order.
    public func groupNames(containing address: IPAddress) -> [String] {
        let a = address.unmapped
        return groups.filter { $0.contains(a) }.map(\.name)
    }

    /// Whether a host's figure belongs to `binding`: its group total, or a host of one of its
    /// groups (a per-host set holds the groups' hosts and no more).
    public func quota(_ binding: QuotaBinding, covers host: HostID) -> Bool {
        host == .groupTotal || binding.groups.contains(where: groupNames(of: host).contains)
    }

    /// Whether a containment follows to `host`, another address of a contained host (gateway
    /// mode): only an address of the policy's groups, never a management host.
    public func containmentFollows(to host: HostID) -> Bool {
        mode == .gateway && !groupNames(of: host).isEmpty && !containment.isManagement(host)
    }

    /// The groups a host belongs to: an address's groups, `self` for this machine, none for a
    /// group total.
    public func groupNames(of host: HostID) -> [String] {
        switch host {
        case .address(let a): groupNames(containing: a)
        case .user(let uid): groups.filter { $0.contains(uid: uid) }.map(\.name)
        case .machine: machineGroup.map { [$0] } ?? []
        case .groupTotal: []
        }
    }

    /// The combined `on exceed` response for hosts of these groups.
    public func response(covering groupNames: [String]) -> ExceedResponse {
        ExceedResponse(combining: exceedRules.filter { rule in rule.groups.contains { groupNames.contains($0) } })
    }

    /// The quota with this id.
    public func quota(id: String) -> QuotaBinding? { quotas.first { $0.id == id } }

    /// Whether a host's denied egress is allowed and recorded rather than dropped, and its quotas
    /// never stop it: one of its groups audits.
    public func audits(_ host: HostID) -> Bool {
        guard let audit else { return false }
        if case .machine = host { return audit.machine }
        return groupNames(of: host).contains { audit.groups.contains($0) }
    }
}

extension CompiledPolicy {
    /// Decodes a compiled policy; one stored before `audit` and `insideNetworks` existed
    /// (`sluice-compiled-2`) audits nothing and gets the default inside networks of its groups.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        mode = try c.decode(PolicyMode.self, forKey: .mode)
        egressInterfaces = try c.decode([String].self, forKey: .egressInterfaces)
        ruleset = try c.decode(Ruleset.self, forKey: .ruleset)
        quotas = try c.decode([QuotaBinding].self, forKey: .quotas)
        containment = try c.decode(ContainmentBinding.self, forKey: .containment)
        groups = try c.decode([HostGroup].self, forKey: .groups)
        exceedRules = try c.decode([ExceedBinding].self, forKey: .exceedRules)
        log = try c.decode(PacketLogChannels.self, forKey: .log)
        audit = try c.decodeIfPresent(AuditBinding.self, forKey: .audit)
        users = try c.decodeIfPresent([UserAccount].self, forKey: .users)
        insideNetworks = try c.decodeIfPresent([AddressRange].self, forKey: .insideNetworks)
            ?? Self.defaultInsideNetworks(groups: groups, management: containment.managementGroup)
        dns = try c.decodeIfPresent(DNSBinding.self, forKey: .dns)
    }

    /// The inside networks a policy without an `inside` setting has (`Policy.defaultInsideNetworks`).
    static func defaultInsideNetworks(groups: [HostGroup], management: String?) -> [AddressRange] {
        AddressRange.normalize(Policy.privateNetworks + groups.filter { $0.name != management }.flatMap(\.addresses))
    }
}
