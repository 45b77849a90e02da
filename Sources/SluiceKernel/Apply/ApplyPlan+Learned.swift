import SluiceCompiler

extension ApplyPlan {
    /// Adds elements to runtime sets of the target (the learned sets of destinations by name) at
    /// the end of the transaction: `sluice apply` admits the addresses it resolved in the same
    /// commit as the ruleset. An element already there stays (its timeout is the watcher's to
    /// refresh). Refuses a set the target lacks or that is not filled at run time.
    public mutating func addRuntimeElements(_ elements: [(set: String, elements: [SetElement])]) throws {
        for (name, added) in elements where !added.isEmpty {
            guard var definition = target.set(named: name), definition.runtimeElements else {
                throw KernelError.unsupported("adding elements to set \(name), which is not a runtime set of table \(table)")
            }
            definition.elements = []
            definitions[name] = definition
            operations.append(.addElements(set: name, elements: added, initial: false))
        }
    }
}
