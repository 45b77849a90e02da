import SluiceCompiler

extension ApplyPlan {
    /// The sets this transaction creates (a new table's, or ones recreated with another
    /// definition): they start without the runtime elements the old ones held, unless the plan
    /// adds them.
    public var createdSets: Set<String> {
        var out: Set<String> = []
        for case .addSet(let set) in operations { out.insert(set.name) }
        return out
    }

    /// Whether the transaction adds an element with `key` to set `name`.
    public func adds(_ key: ElementKey, to name: String) -> Bool {
        operations.contains { operation in
            guard case .addElements(let set, let elements, _) = operation, set == name else { return false }
            return elements.contains { $0.key == key }
        }
    }
}
