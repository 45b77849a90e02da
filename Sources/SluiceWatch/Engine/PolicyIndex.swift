import SluiceCompiler
import SluiceLanguage

/// Look-ups over the live compiled policy that the engine makes on every event: bindings by id and
/// by object, and a host's groups (cached: a group may hold many ranges). Every answer comes from
/// the compiled policy's contract; nothing here decides what the compiler decided.
final class PolicyIndex {
    let compiled: CompiledPolicy
    let table: String
    private let byID: [String: QuotaBinding]
    private let byObject: [String: QuotaBinding]
    private var groupCache: [IPAddress: [String]] = [:]

    init(compiled: CompiledPolicy, table: String) {
        self.compiled = compiled
        self.table = table
        var byID: [String: QuotaBinding] = [:]
        var byObject: [String: QuotaBinding] = [:]
        for binding in compiled.quotas {
            byID[binding.id] = binding
            if let object = binding.accounting.object { byObject[object] = binding }
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

    /// The name of host mode's built-in group, when the policy has it.
    var machineGroup: String? { compiled.machineGroup }

    /// The groups a host belongs to, in policy order.
    func groups(of host: HostID) -> [String] {
        guard case .address(let address) = host else { return compiled.groupNames(of: host) }
        if let cached = groupCache[address] { return cached }
        let names = compiled.groupNames(containing: address)
        groupCache[address] = names
        return names
    }

    /// Whether a host may be counted by a binding: one of its groups is the binding's.
    func host(_ host: HostID, belongsTo binding: QuotaBinding) -> Bool {
        let mine = groups(of: host)
        return binding.groups.contains { mine.contains($0) }
    }

    /// The combined response to `host` exceeding `binding`: for per-host quotas, the rules of the
    /// host's groups; for shared budgets, the rules of the quota's groups. A `warn` quota keeps
    /// only the alerts.
    func response(host: HostID, binding: QuotaBinding) -> ExceedResponse {
        var response = compiled.response(covering: binding.accounting.isShared ? binding.groups : groups(of: host))
        if binding.alertOnly {
            response.level = nil
            response.duration = nil
        }
        return response
    }

    /// Where alerts about a host that are not about a quota go (denied attempts, releases): the
    /// sinks of its groups' `on exceed` rules, or `log` when they name none.
    func alertSinks(host: HostID) -> [AlertSink] {
        let sinks = compiled.response(covering: groups(of: host)).sinks
        return sinks.isEmpty ? [.log] : sinks
    }

    /// Every sink of the policy's `on exceed` rules (`log` when there is none): for events about
    /// the whole table.
    var everyAlertSink: [AlertSink] {
        let sinks = compiled.response(covering: compiled.groups.map(\.name)).sinks
        return sinks.isEmpty ? [.log] : sinks
    }

    /// The elements that hold a host contained at a level, or nil when the policy has no set for it.
    func containmentElements(host: HostID, level: ContainmentKind) -> [ContainmentElement]? {
        compiled.containment.elements(for: host, kind: level)
    }

    /// Every containment set of the policy.
    var containmentSets: [ContainmentSet] { compiled.containment.sets }
}
