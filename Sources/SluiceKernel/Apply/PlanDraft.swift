import SluiceCompiler

/// The plan of an apply over an existing table while `ApplyPlanner.plan` builds it: each kind of
/// object is compared in turn (`planSets`, `planQuotas`, `planCounters`, `planChains`), which
/// collects the operations by kind, and `operations` puts them in dependency order.
struct PlanDraft {
    let live: Ruleset
    let target: Ruleset
    let options: ApplyPlanner.Options
    /// Which keys the target's runtime sets can hold: elements of hosts outside go.
    let bounds: RuntimeKeyBounds
    /// What the table holds after the apply (runtime elements, used bytes and values carried).
    var planned: Ruleset
    var notes: [String] = []
    /// Every target set without its elements, by name.
    var definitions: [String: NFTSet] = [:]
    /// Objects deleted or recreated: chains that refer to them are refilled.
    var touched: Set<ApplyPlanner.Reference> = []

    private var deletedSets: [String] = []
    private var createdSets: [(NFTSet, [SetElement])] = []
    private var elementDeletes: [KernelOperation] = []
    private var elementAdds: [KernelOperation] = []
    private var deletedQuotas: [String] = []
    private var addedQuotas: [QuotaObject] = []
    private var updatedQuotas: [QuotaObject] = []
    private var deletedCounters: [String] = []
    private var addedCounters: [CounterObject] = []
    private var deletedChains: [String] = []
    private var addedChains: [Chain] = []
    private var updatedChains: [Chain] = []
    private var flushed: [String] = []
    private var refilled: Set<String> = []

    init(live: Ruleset, target: Ruleset, options: ApplyPlanner.Options) {
        self.live = live
        self.target = target
        self.options = options
        bounds = RuntimeKeyBounds(target)
        planned = target
    }

    /// New sets are created, changed definitions recreated (runtime elements carried over),
    /// policy elements added and removed one by one.
    mutating func planSets() throws {
        for (i, t) in target.sets.enumerated() {
            var definition = t
            definition.elements = []
            definitions[t.name] = definition
            guard let l = live.set(named: t.name) else {
                let elements = t.runtimeElements ? [] : t.elements
                planned.sets[i].elements = elements
                createdSets.append((definition, elements))
                continue
            }
            if ApplyPlanner.definitionDiffers(l, t) {
                try recreate(i, live: l, definition: definition)
            } else if t.runtimeElements {
                planned.sets[i].elements = dropOutsiders(live: l, target: t)
            } else {
                diffElements(live: l, target: t)
            }
        }
        for l in live.sets where target.set(named: l.name) == nil {
            deletedSets.append(l.name)
            touched.insert(.set(l.name))
        }
    }

    private mutating func recreate(_ i: Int, live l: NFTSet, definition: NFTSet) throws {
        let t = target.sets[i]
        let elements: [SetElement]
        if t.runtimeElements {
            if options.unknownElements.contains(t.name) {
                throw KernelError.unsupported("internal: set \(t.name) is recreated but its live elements were not read")
            }
            elements = try ApplyPlanner.carry(bounds.admitted(l.elements, of: t.name, in: target), from: l, into: t)
            let dropped = l.elements.count - elements.count
            notes.append("set \(t.name) is recreated (\(ApplyPlanner.differences(l, t))); \(elements.count) element\(elements.count == 1 ? "" : "s") carried over"
                         + (dropped == 0 ? "" : ", \(dropped) of hosts no longer in its groups dropped"))
        } else {
            elements = t.elements
            notes.append("set \(t.name) is recreated (\(ApplyPlanner.differences(l, t)))")
        }
        planned.sets[i].elements = elements
        deletedSets.append(t.name)
        touched.insert(.set(t.name))
        createdSets.append((definition, elements))
    }

    /// A kept runtime set's live elements of hosts its rules can no longer fill (taken out of the
    /// quota's groups) are deleted; the rest stay as they are.
    private mutating func dropOutsiders(live l: NFTSet, target t: NFTSet) -> [SetElement] {
        let (kept, outside) = bounds.partition(l.elements, of: t.name, in: target)
        guard !outside.isEmpty else { return l.elements }
        elementDeletes.append(.deleteElements(set: t.name, elements: outside.map { SetElement($0.key) }))
        notes.append("set \(t.name): \(outside.count) element\(outside.count == 1 ? "" : "s") of hosts no longer in its groups removed")
        return kept
    }

    private mutating func diffElements(live l: NFTSet, target t: NFTSet) {
        let packed = options.packedElements[t.name]
        let (remove, add) = packed.map { ApplyPlanner.diff(packed: $0, target: t.elements) }
            ?? ApplyPlanner.diff(live: l.elements, target: t.elements)
        if !remove.isEmpty { elementDeletes.append(.deleteElements(set: t.name, elements: remove)) }
        if !add.isEmpty {
            let empty = packed.map { $0.keys.isEmpty } ?? l.elements.isEmpty
            elementAdds.append(.addElements(set: t.name, elements: add, initial: empty))
        }
    }

    /// Quotas keep their used bytes: a changed limit is updated in place, a changed comment
    /// recreates the quota with its used bytes carried over.
    mutating func planQuotas() {
        for (i, t) in target.quotas.enumerated() {
            guard let l = live.quota(named: t.name) else {
                addedQuotas.append(ApplyPlanner.clamped(t))
                continue
            }
            if options.recreateQuotas.contains(t.name) || l.comment != t.comment {
                var q = t
                if !options.recreateQuotas.contains(t.name) {
                    q.used = l.used
                    notes.append("quota \(t.name) is recreated (comment changed); \(l.used) used bytes carried over")
                }
                q = ApplyPlanner.clamped(q)
                planned.quotas[i] = q
                deletedQuotas.append(t.name)
                touched.insert(.quota(t.name))
                addedQuotas.append(q)
                continue
            }
            planned.quotas[i].used = l.used
            if l.bytes != t.bytes || l.over != t.over {
                var q = t
                q.used = l.used
                updatedQuotas.append(q)
            }
        }
        for l in live.quotas where target.quota(named: l.name) == nil {
            deletedQuotas.append(l.name)
            touched.insert(.quota(l.name))
        }
    }

    /// Counters keep their values; a changed comment recreates one with its values carried over.
    mutating func planCounters() {
        for (i, t) in target.counters.enumerated() {
            guard let l = live.counters.first(where: { $0.name == t.name }) else {
                addedCounters.append(t)
                continue
            }
            planned.counters[i].value = l.value
            if l.comment != t.comment {
                var c = t
                c.value = l.value
                notes.append("counter \(t.name) is recreated (comment changed); its values are carried over")
                deletedCounters.append(t.name)
                touched.insert(.counter(t.name))
                addedCounters.append(c)
            }
        }
        for l in live.counters where !target.counters.contains(where: { $0.name == l.name }) {
            deletedCounters.append(l.name)
            touched.insert(.counter(l.name))
        }
    }

    /// Chains whose hook changed are recreated; chains whose rules changed, or refer to anything
    /// deleted or recreated above, are flushed and refilled. Runs after the objects are planned.
    mutating func planChains() throws {
        for t in target.chains {
            guard let l = live.chain(named: t.name) else {
                addedChains.append(Chain(name: t.name, hook: t.hook))
                continue
            }
            if l.hook?.hook != t.hook?.hook || l.hook?.priority != t.hook?.priority || (l.hook == nil) != (t.hook == nil) {
                deletedChains.append(t.name)
                touched.insert(.chain(t.name))
                addedChains.append(Chain(name: t.name, hook: t.hook))
                notes.append("chain \(t.name) is recreated (hook changed)")
            } else if l.hook?.policy != t.hook?.policy {
                updatedChains.append(Chain(name: t.name, hook: t.hook))
            }
        }
        for l in live.chains where target.chain(named: l.name) == nil {
            deletedChains.append(l.name)
            touched.insert(.chain(l.name))
        }
        for l in live.chains {
            let gone = deletedChains.contains(l.name)
            let same = try ApplyPlanner.rulesEqual(l.rules, target.chain(named: l.name)?.rules ?? [])
            let dirty = gone || !same || !ApplyPlanner.references(of: l.rules).isDisjoint(with: touched)
            guard dirty else { continue }
            if !l.rules.isEmpty { flushed.append(l.name) }
            if !gone { refilled.insert(l.name) }
        }
    }

    /// The transaction, in dependency order: rules that use an object go before it is deleted
    /// and after it is created.
    func operations() -> [KernelOperation] {
        var ops: [KernelOperation] = []
        ops += flushed.map { .flushChain($0) }
        ops += deletedChains.map { .deleteChain($0) }
        ops += deletedSets.map { .deleteSet($0) }
        ops += deletedQuotas.map { .deleteQuota($0) }
        ops += deletedCounters.map { .deleteCounter($0) }
        ops += elementDeletes
        for (definition, elements) in createdSets {
            ops.append(.addSet(definition))
            if !elements.isEmpty { ops.append(.addElements(set: definition.name, elements: elements, initial: true)) }
        }
        ops += elementAdds
        ops += addedQuotas.map { .addQuota($0) }
        ops += updatedQuotas.map { .updateQuota($0) }
        ops += addedCounters.map { .addCounter($0) }
        ops += addedChains.map { .addChain($0) }
        ops += updatedChains.map { .updateChain($0) }
        for t in target.chains where refilled.contains(t.name) || addedChains.contains(where: { $0.name == t.name }) {
            for r in t.rules { ops.append(.addRule(chain: t.name, rule: r)) }
        }
        return ops
    }
}
