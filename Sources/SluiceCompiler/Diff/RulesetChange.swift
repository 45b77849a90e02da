/// One difference between two rulesets, named by the object it concerns.
public enum RulesetChange: Hashable, Sendable {
    /// The live table is dormant: it holds rules but filters nothing; an apply wakes it.
    case tableDormant(name: String)
    case setAdded(name: String, comment: String?, elements: [String])
    case setRemoved(name: String, comment: String?)
    /// The set's definition (type, flags, size, template) changed, or its elements did.
    case setChanged(name: String, comment: String?, definition: [String], added: [String], removed: [String])
    case quotaAdded(name: String, bytes: UInt64)
    case quotaRemoved(name: String, bytes: UInt64)
    case quotaChanged(name: String, from: UInt64, to: UInt64)
    case counterAdded(name: String)
    case counterRemoved(name: String)
    case chainAdded(name: String, rules: [String])
    case chainRemoved(name: String, rules: [String])
    /// A base chain's hook changed, or rules were added or removed (kept rules give context).
    case chainChanged(name: String, hook: String?, edits: [RuleEdit])
}
