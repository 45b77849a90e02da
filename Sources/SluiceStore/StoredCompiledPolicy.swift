import SluiceCompiler
import SluiceLanguage

/// A `CompiledPolicy` as the store writes it: field for field the model, except that sets go
/// through `StoredSet`.
///
/// This mirrors the model's shape, so `PolicyCodec` only uses it while the model has exactly the
/// fields mirrored here (checked with `Mirror`); otherwise it stores plain JSON of the model, which
/// is slower but loses nothing.
struct StoredCompiledPolicy: Codable {
    var policy: Policy
    var table: String
    var sets: [StoredSet]
    var quotaObjects: [QuotaObject]
    var counters: [CounterObject]
    var chains: [Chain]
    var quotas: [QuotaBinding]
    var containment: ContainmentBinding

    init(_ compiled: CompiledPolicy) {
        policy = compiled.policy
        table = compiled.ruleset.table
        sets = compiled.ruleset.sets.map(StoredSet.init)
        quotaObjects = compiled.ruleset.quotas
        counters = compiled.ruleset.counters
        chains = compiled.ruleset.chains
        quotas = compiled.quotas
        containment = compiled.containment
    }

    /// The model value, or nil when a packed set is damaged.
    func compiled() -> CompiledPolicy? {
        var restored: [NFTSet] = []
        restored.reserveCapacity(sets.count)
        for stored in sets {
            guard let set = stored.set() else { return nil }
            restored.append(set)
        }
        let ruleset = Ruleset(table: table, sets: restored, quotas: quotaObjects, counters: counters, chains: chains)
        return CompiledPolicy(policy: policy, ruleset: ruleset, quotas: quotas, containment: containment)
    }

    /// Whether the model types still have exactly the stored properties mirrored here.
    static let mirrorsModel: Bool = {
        let location = SourceLocation(file: "", line: 1, column: 1)
        let compiled = CompiledPolicy(
            policy: Policy(name: "", mode: .host, location: location), ruleset: Ruleset(), quotas: [],
            containment: ContainmentBinding(blockedV4: "", blockedV6: "", isolatedV4: "", isolatedV6: "", nflogGroup: 0))
        return Mirror(reflecting: compiled).children.count == 4
            && Mirror(reflecting: compiled.ruleset).children.count == 5
            && Mirror(reflecting: NFTSet(name: "", keyType: .ipv4Addr)).children.count == 9
            && Mirror(reflecting: SetElement(.l4proto(0))).children.count == 6
    }()
}
