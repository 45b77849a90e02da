/// How the kernel counts one quota: which objects hold its bytes. The compiler decides it; the
/// watcher, the status and the explainer read it and never decide it again.
public enum QuotaAccounting: Hashable, Sendable, Codable {
    /// A budget per host: dynamic sets, one per family, whose elements each carry the quota.
    case hostSets(v4: String?, v6: String?)
    /// A budget for this machine (host mode `self`, per host): one named quota object.
    case machine(object: String)
    /// One budget shared by a group's hosts: a named quota object, plus dynamic counter sets that
    /// attribute the bytes to hosts, so the watcher knows whom to contain.
    case total(object: String, contributorsV4: String?, contributorsV6: String?)
    /// One budget shared by groups that include this machine: a named quota object.
    case machineTotal(object: String)
    /// A budget per local user (host mode `per user`): one dynamic set keyed by `meta skuid`
    /// whose elements each carry the quota.
    case userSets(set: String)
    /// One budget shared by the users of users sets: a named quota object, plus a dynamic counter
    /// set keyed by uid that attributes the bytes to users.
    case userTotal(object: String, contributors: String)

    /// The named quota object, if the quota has one.
    public var object: String? {
        switch self {
        case .hostSets, .userSets: nil
        case .machine(let o), .total(let o, _, _), .machineTotal(let o), .userTotal(let o, _): o
        }
    }

    /// The dynamic per-host (per-user) sets (quota sets or attribution counters), IPv4 first.
    public var hostSets: [String] {
        switch self {
        case .hostSets(let v4, let v6), .total(_, let v4, let v6): [v4, v6].compactMap { $0 }
        case .userSets(let set), .userTotal(_, let set): [set]
        case .machine, .machineTotal: []
        }
    }

    /// Every kernel set and object the quota counts in: its host sets, then its object.
    public var kernelNames: [String] {
        hostSets + (object.map { [$0] } ?? [])
    }

    /// Whether the host sets carry per-element quotas (rather than attribution counters).
    public var setsCarryQuota: Bool {
        switch self {
        case .hostSets, .userSets: true
        case .machine, .total, .machineTotal, .userTotal: false
        }
    }

    /// Whether the per-source sets are keyed by user (`meta skuid`) rather than by address.
    public var countsUsers: Bool {
        switch self {
        case .userSets, .userTotal: true
        case .hostSets, .machine, .total, .machineTotal: false
        }
    }

    /// Whether one budget is shared (a total), rather than one per host.
    public var isShared: Bool {
        switch self {
        case .hostSets, .machine, .userSets: false
        case .total, .machineTotal, .userTotal: true
        }
    }

    /// The host whose usage the named object holds: this machine, or the group total.
    public var objectHost: HostID? {
        switch self {
        case .hostSets, .userSets: nil
        case .machine: .machine
        case .total, .machineTotal, .userTotal: .groupTotal
        }
    }
}
