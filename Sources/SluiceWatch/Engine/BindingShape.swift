/// How a quota is accounted in the kernel, seen from the watcher.
enum BindingShape: Hashable, Sendable {
    /// Per-host quota sets: one element per host, each with its own budget.
    case hostSets
    /// A per-host quota of `self`: one named quota object, the host is this machine.
    case machineHost
    /// A total quota: one named quota object (`*`), plus counter sets that attribute bytes to hosts.
    case total
    /// A total quota whose groups include `self`: one named quota object; this machine contributes.
    case machineTotal

    /// Whether the quota has a named object to read.
    var hasObject: Bool { self != .hostSets }

    /// Whether the host sets carry per-element quotas (rather than attribution counters).
    var setsCarryQuota: Bool { self == .hostSets }
}
