import SluiceCompiler

extension ApplyPlanner {
    /// Plans the apply of `target` over a table an older Sluice made before its tables carried
    /// `TableMark`. The kernel cannot add user data to an existing table, so the transaction
    /// deletes the table (by `handle`) and creates it again with the mark, and carries over what
    /// the running system has built up in it, as a recreated set or quota does: the runtime sets'
    /// elements (containment with their timeouts, per-host used bytes clamped to the new limits,
    /// counters), the quotas' used bytes and the counters' values. One transaction: packets see
    /// the old table or the new one, never none.
    static func adoption(live: Ruleset, target: Ruleset, handle: UInt64, generation: UInt32?) throws -> ApplyPlan {
        var carried = target
        var elements: [String: [SetElement]] = [:]
        let bounds = RuntimeKeyBounds(target)
        for (i, set) in target.sets.enumerated() where set.runtimeElements {
            guard let old = live.set(named: set.name), !old.elements.isEmpty else { continue }
            elements[set.name] = try carry(bounds.admitted(old.elements, of: set.name, in: target), from: old, into: set)
            carried.sets[i].elements = []
        }
        for i in carried.quotas.indices {
            if let old = live.quota(named: carried.quotas[i].name) { carried.quotas[i].used = old.used }
        }
        for i in carried.counters.indices {
            if let old = live.counters.first(where: { $0.name == carried.counters[i].name }) {
                carried.counters[i].value = old.value
            }
        }
        var plan = try plan(live: nil, target: carried, generation: generation, options: Options())
        // A fresh plan leaves runtime sets empty: their carried elements go right after each set.
        var operations: [KernelOperation] = []
        for operation in plan.operations {
            operations.append(operation)
            if case .addSet(let set) = operation, let kept = elements[set.name] {
                operations.append(.addElements(set: set.name, elements: kept, initial: true))
                if let i = plan.target.sets.firstIndex(where: { $0.name == set.name }) { plan.target.sets[i].elements = kept }
            }
        }
        plan.operations = operations
        plan.replacedTable = handle
        let count = elements.values.reduce(0) { $0 + $1.count }
        plan.notes.insert("table inet \(target.table) was made by a Sluice that did not mark its tables yet: it is "
                          + "replaced by a marked one in this transaction; \(count) runtime element\(count == 1 ? "" : "s"), "
                          + "quota usage and counters carried over", at: 0)
        return plan
    }

    /// Whether two pictures of a table have the same structure: set definitions, quota and
    /// counter names, chains with their hooks, and rules (elements and runtime values aside).
    static func sameStructure(_ a: Ruleset, _ b: Ruleset) throws -> Bool {
        let setsA = a.sets.sorted { $0.name < $1.name }, setsB = b.sets.sorted { $0.name < $1.name }
        guard setsA.map(\.name) == setsB.map(\.name),
              !zip(setsA, setsB).contains(where: { definitionDiffers($0, $1) }),
              Set(a.quotas.map(\.name)) == Set(b.quotas.map(\.name)),
              Set(a.counters.map(\.name)) == Set(b.counters.map(\.name)) else { return false }
        let chainsA = a.chains.sorted { $0.name < $1.name }, chainsB = b.chains.sorted { $0.name < $1.name }
        guard chainsA.map(\.name) == chainsB.map(\.name) else { return false }
        for (x, y) in zip(chainsA, chainsB) {
            guard x.hook == y.hook, try rulesEqual(x.rules, y.rules) else { return false }
        }
        return true
    }
}
