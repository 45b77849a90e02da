import SluiceCompiler
import SluiceLanguage

extension ApplyPlanner {
    /// The operations that turn the live family tables into the target's: an unchanged table
    /// gives none, a changed one is replaced, a new one created, one the target lacks deleted.
    /// `foreign` are the families whose table of that name Sluice did not create: a target that
    /// needs one is refused (`KernelError.notOwned`); otherwise it is left alone.
    static func familyOperations(live: [FamilyTable], foreign: Set<AddressFamily> = [], target: Ruleset) throws -> [KernelOperation] {
        var out: [KernelOperation] = []
        for family in AddressFamily.allCases {
            let wanted = target.familyTable(family)
            if wanted != nil, foreign.contains(family) {
                throw KernelError.notOwned(table: target.table, family: FamilyTable.keyword(family))
            }
            let existing = live.first { $0.family == family }
            switch (existing, wanted) {
            case (nil, let wanted?): out.append(.addFamilyTable(wanted))
            case (let existing?, let wanted?):
                if try !familyTablesEqual(existing, wanted) { out.append(.replaceFamilyTable(wanted)) }
            case (_?, nil): out.append(.deleteFamilyTable(family))
            case (nil, nil): break
            }
        }
        return out
    }

    /// Whether the kernel would hold the same chains and rules for both.
    static func familyTablesEqual(_ live: FamilyTable, _ target: FamilyTable) throws -> Bool {
        guard live.chains.map(\.name) == target.chains.map(\.name),
              live.chains.map(\.hook) == target.chains.map(\.hook) else { return false }
        for (l, t) in zip(live.chains, target.chains) {
            guard try rulesEqual(l.rules, t.rules, family: target.family) else { return false }
        }
        return true
    }
}
