import SluiceCompiler
import SluiceLanguage

/// The `ip`/`ip6` tables Sluice keeps beside its `inet` table under the same name (`FamilyTable`):
/// read, checked for the mark like the `inet` table, and planned fresh from the kernel on every
/// apply (a few rules; no picture of them is trusted).
extension NetfilterConnection {
    /// A family table found under the name: its contents when Sluice made it, and whether it did.
    struct LiveFamilyTable {
        var table: FamilyTable
        var isMarked: Bool
        var handle: UInt64
    }

    /// The `ip` and `ip6` tables named `table`. A table without Sluice's mark is reported without
    /// its chains: Sluice never reads into, or changes, what it did not make.
    func familyTables(of table: String) throws -> [LiveFamilyTable] {
        try AddressFamily.allCases.compactMap { family in
            guard let info = try tableInfo(table, family: family) else { return nil }
            let chains = info.isMarked ? try self.chains(table: table, family: family, withRules: true) : []
            return LiveFamilyTable(table: FamilyTable(family: family, chains: chains), isMarked: info.isMarked, handle: info.handle)
        }
    }

    /// Replaces the plan's family-table operations with ones planned over the family tables the
    /// kernel holds now; refuses a target whose table of that family someone else made.
    func planFamilyTables(_ plan: inout ApplyPlan, target: Ruleset) throws {
        let live = try familyTables(of: target.table)
        let operations = try ApplyPlanner.familyOperations(
            live: live.filter(\.isMarked).map(\.table),
            foreign: Set(live.filter { !$0.isMarked }.map(\.table.family)), target: target)
        plan.operations = plan.operations.filter { !$0.isFamilyTableOperation } + operations
        plan.target.familyTables = target.familyTables
    }

    /// Refuses a plan that would write a family table someone else made under the name (checked
    /// again at send time, like the `inet` table).
    func requireOwnedFamilyTables(_ plan: ApplyPlan) throws {
        let families = Set(plan.operations.compactMap(\.familyTableFamily))
        for family in AddressFamily.allCases where families.contains(family) {
            if let info = try tableInfo(plan.table, family: family), !info.isMarked {
                throw KernelError.notOwned(table: plan.table, family: FamilyTable.keyword(family))
            }
        }
    }
}
