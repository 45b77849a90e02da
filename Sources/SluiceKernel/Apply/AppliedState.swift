import SluiceCompiler

/// Sluice's picture of a table right after its last apply, and what identifies that moment in the
/// kernel: the boot, the network namespace, the table's handle (unique per boot), the generation
/// the apply created, and the handles of the sets.
///
/// When the kernel still shows the same boot, namespace, table handle and generation, nothing has
/// been committed since and the picture is exact. When only the generation moved (the watcher's
/// containment changes, another table's changes), the picture is used if the table's structure
/// (set definitions and handles, chains, rules) still matches; elements of policy sets are then
/// trusted, since only someone editing them by hand would change them without changing a handle.
struct AppliedState: Hashable {
    var bootID: String
    var namespaceID: String
    var tableHandle: UInt64
    var generation: UInt32
    var setHandles: [String: UInt64]
    /// The applied ruleset without runtime state: no elements in runtime sets, quotas and
    /// counters at zero. Sets listed in `packed` have their elements there instead.
    var ruleset: Ruleset
    /// Policy sets' elements kept as numeric keys (as loaded from the cache file).
    var packed: [String: PackedElements] = [:]

    /// The picture of `ruleset` as it is kept (runtime state dropped).
    static func picture(of ruleset: Ruleset) -> Ruleset {
        var r = ruleset
        for i in r.sets.indices {
            if r.sets[i].runtimeElements { r.sets[i].elements = [] }
        }
        for i in r.quotas.indices { r.quotas[i].used = 0 }
        for i in r.counters.indices { r.counters[i].value = CounterState() }
        return r
    }
}
