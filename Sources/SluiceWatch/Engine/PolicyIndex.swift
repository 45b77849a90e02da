import SluiceCompiler
import SluiceLanguage

/// Look-ups over the live compiled policy that the engine makes on every event: bindings by id and
/// by object, a host's groups (cached: a group may hold many ranges), the applicable `on exceed`
/// rules, and the containment set elements of a host.
final class PolicyIndex {
    /// `meta nfproto` values of the `self` containment sets.
    static let nfprotoIPv4: UInt8 = 2
    static let nfprotoIPv6: UInt8 = 10

    let compiled: CompiledPolicy
    let table: String
    /// The name of host mode's built-in group, when the policy has it.
    let machineGroup: String?
    private let byID: [String: QuotaBinding]
    private let byObject: [String: QuotaBinding]
    private var groupCache: [IPAddress: [String]] = [:]

    init(compiled: CompiledPolicy, table: String) {
        self.compiled = compiled
        self.table = table
        machineGroup = compiled.policy.groups.first(where: \.isSelf)?.name
        var byID: [String: QuotaBinding] = [:]
        var byObject: [String: QuotaBinding] = [:]
        for binding in compiled.quotas {
            byID[binding.id] = binding
            if let object = binding.object { byObject[object] = binding }
        }
        self.byID = byID
        self.byObject = byObject
    }

    /// The bindings in policy order.
    var bindings: [QuotaBinding] { compiled.quotas }

    /// The binding with this id.
    func binding(id: String) -> QuotaBinding? { byID[id] }

    /// The binding whose named quota object this is.
    func binding(object: String) -> QuotaBinding? { byObject[object] }

    /// How the binding is accounted.
    func shape(_ binding: QuotaBinding) -> BindingShape {
        let machine = machineGroup.map { binding.groups.contains($0) } ?? false
        switch (binding.scope, machine) {
        case (.perHost, false): return .hostSets
        case (.perHost, true): return .machineHost
        case (.total, false): return .total
        case (.total, true): return .machineTotal
        }
    }

    /// The host whose usage a binding's named object holds: `self` or the group total.
    func objectHost(_ binding: QuotaBinding) -> WatchHost {
        shape(binding) == .machineHost ? .machine : .groupTotal
    }

    /// The binding's host sets, IPv4 first.
    func hostSets(_ binding: QuotaBinding) -> [String] {
        [binding.hostSetV4, binding.hostSetV6].compactMap { $0 }
    }

    /// The groups a host belongs to, in policy order.
    func groups(of host: WatchHost) -> [String] {
        switch host {
        case .address(let address):
            if let cached = groupCache[address] { return cached }
            let names = compiled.policy.groups(containing: address).map(\.name)
            groupCache[address] = names
            return names
        case .machine:
            return machineGroup.map { [$0] } ?? []
        case .groupTotal:
            return []
        }
    }

    /// Whether a host may be counted by a binding: one of its groups is the binding's.
    func host(_ host: WatchHost, belongsTo binding: QuotaBinding) -> Bool {
        let mine = groups(of: host)
        return binding.groups.contains { mine.contains($0) }
    }

    /// The `on exceed` rules whose sources include one of these groups.
    func exceedRules(covering groups: [String]) -> [ExceedRule] {
        compiled.policy.exceedRules.filter { rule in
            compiled.policy.groupNames(rule.sources).contains { groups.contains($0) }
        }
    }

    /// The combined response to `host` exceeding `binding`: for per-host quotas, the rules of the
    /// host's groups; for totals, the rules of the quota's groups.
    func response(host: WatchHost, binding: QuotaBinding) -> ExceedResponse {
        switch shape(binding) {
        case .hostSets, .machineHost:
            ExceedResponse(combining: exceedRules(covering: groups(of: host)))
        case .total, .machineTotal:
            ExceedResponse(combining: exceedRules(covering: binding.groups))
        }
    }

    /// Where alerts about a host that are not about a quota go (denied attempts, releases): the
    /// sinks of its groups' `on exceed` rules, or `log` when they name none.
    func alertSinks(host: WatchHost) -> [AlertSink] {
        let sinks = ExceedResponse(combining: exceedRules(covering: groups(of: host))).sinks
        return sinks.isEmpty ? [.log] : sinks
    }

    /// The set of each containment level and element key that holds a host, or nil when the
    /// policy has no set for it (`self` without the built-in group, a group total).
    func containmentElements(host: WatchHost, level: ContainmentLevel) -> [(set: String, key: ElementKey)]? {
        let c = compiled.containment
        switch host {
        case .address(let address):
            let set: String = switch (level, address.family) {
            case (.block, .ipv4): c.blockedV4
            case (.block, .ipv6): c.blockedV6
            case (.isolate, .ipv4): c.isolatedV4
            case (.isolate, .ipv6): c.isolatedV6
            }
            return [(set, .address(AddressRange(address)))]
        case .machine:
            guard let set = level == .block ? c.blockedSelf : c.isolatedSelf else { return nil }
            return [(set, .nfproto(Self.nfprotoIPv4)), (set, .nfproto(Self.nfprotoIPv6))]
        case .groupTotal:
            return nil
        }
    }

    /// Every containment set of the policy, with its level and whether it holds `self`.
    var containmentSets: [ContainmentSetRef] {
        let c = compiled.containment
        var out = [ContainmentSetRef(name: c.blockedV4, level: .block, machine: false),
                   ContainmentSetRef(name: c.blockedV6, level: .block, machine: false),
                   ContainmentSetRef(name: c.isolatedV4, level: .isolate, machine: false),
                   ContainmentSetRef(name: c.isolatedV6, level: .isolate, machine: false)]
        if let s = c.blockedSelf { out.append(ContainmentSetRef(name: s, level: .block, machine: true)) }
        if let s = c.isolatedSelf { out.append(ContainmentSetRef(name: s, level: .isolate, machine: true)) }
        return out
    }
}
