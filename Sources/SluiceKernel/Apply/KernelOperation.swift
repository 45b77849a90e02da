import SluiceCompiler
import SluiceLanguage

/// One step of an apply, in the order it goes into the transaction.
public enum KernelOperation: Hashable, Sendable {
    /// Create the table (first apply).
    case addTable(String)
    /// Delete every rule of a chain (its rules are re-added later in the same transaction unless
    /// the chain goes away).
    case flushChain(String)
    /// Delete a chain whose rules are already flushed.
    case deleteChain(String)
    /// Delete a set (no longer in the policy, or about to be recreated).
    case deleteSet(String)
    /// Delete a quota object.
    case deleteQuota(String)
    /// Delete a counter object.
    case deleteCounter(String)
    /// Remove elements from a policy set.
    case deleteElements(set: String, elements: [SetElement])
    /// Create a set (its definition; elements follow in `addElements`).
    case addSet(NFTSet)
    /// Add elements: a policy set's new elements, or the elements carried over into a recreated
    /// set (with their timeouts and used bytes). `initial` when the set is new or empty, which
    /// for interval sets adds nft's leading zero end element.
    case addElements(set: String, elements: [SetElement], initial: Bool)
    /// Create a quota object with its `used` bytes.
    case addQuota(QuotaObject)
    /// Change a quota's limit or `over` flag in place; its used bytes stay.
    case updateQuota(QuotaObject)
    /// Create a counter object with its values.
    case addCounter(CounterObject)
    /// Create a chain (without rules).
    case addChain(Chain)
    /// Change a base chain's policy in place.
    case updateChain(Chain)
    /// Append a rule to a chain.
    case addRule(chain: String, rule: Rule)
    /// Create the `ip`/`ip6` table of the same name with its chains and rules.
    case addFamilyTable(FamilyTable)
    /// Delete Sluice's `ip`/`ip6` table of the same name and create it again as given.
    case replaceFamilyTable(FamilyTable)
    /// Delete Sluice's `ip`/`ip6` table of the same name.
    case deleteFamilyTable(AddressFamily)

    /// Whether the operation writes a family table rather than the `inet` one.
    var isFamilyTableOperation: Bool {
        switch self {
        case .addFamilyTable, .replaceFamilyTable, .deleteFamilyTable: true
        default: false
        }
    }

    /// The family table the operation writes, if any.
    var familyTableFamily: AddressFamily? {
        switch self {
        case .addFamilyTable(let t), .replaceFamilyTable(let t): t.family
        case .deleteFamilyTable(let f): f
        default: nil
        }
    }
}
