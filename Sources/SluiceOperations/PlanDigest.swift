import SluiceCompiler
import SluiceKernel

/// A few lines that say what a transaction changes, by kind of object, for people; the full
/// operation list is `ApplyPlan.summary`.
public enum PlanDigest {
    /// `table inet sluice: 3 sets added, 1 recreated (usage carried over); ...`.
    public static func text(_ plan: ApplyPlan) -> String {
        if plan.isEmpty { return "table inet \(plan.table): no changes" }
        var created = false
        var setsAdded: Set<String> = [], setsDeleted: Set<String> = []
        var elementsAdded = 0, elementsRemoved = 0
        var setsTouched: Set<String> = []
        var quotasAdded = 0, quotasChanged = 0, quotasDeleted = 0, countersAdded = 0, countersDeleted = 0
        var chainsAdded: [String] = [], chainsDeleted: Set<String> = [], chainsFlushed: [String] = []
        var rules = 0
        var familyTables: [String] = []
        for operation in plan.operations {
            switch operation {
            case .addTable: created = true
            case .addSet(let s): setsAdded.insert(s.name)
            case .deleteSet(let name): setsDeleted.insert(name)
            case .addElements(let set, let elements, _):
                elementsAdded += elements.count
                setsTouched.insert(set)
            case .deleteElements(let set, let elements):
                elementsRemoved += elements.count
                setsTouched.insert(set)
            case .addQuota: quotasAdded += 1
            case .updateQuota: quotasChanged += 1
            case .deleteQuota: quotasDeleted += 1
            case .addCounter: countersAdded += 1
            case .deleteCounter: countersDeleted += 1
            case .addChain(let c): chainsAdded.append(c.name)
            case .deleteChain(let name): chainsDeleted.insert(name)
            case .flushChain(let name): chainsFlushed.append(name)
            case .updateChain(let c): chainsFlushed.append(c.name)
            case .addRule: rules += 1
            case .addFamilyTable(let t): familyTables.append("+ table \(t.keyword) \(plan.table) (DNS answer queue)")
            case .replaceFamilyTable(let t): familyTables.append("~ table \(t.keyword) \(plan.table) (DNS answer queue, replaced)")
            case .deleteFamilyTable(let f): familyTables.append("- table \(FamilyTable.keyword(f)) \(plan.table)")
            }
        }
        let recreated = setsAdded.intersection(setsDeleted)
        var lines: [String] = []
        if created { lines.append("+ table inet \(plan.table)") }
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var sets: [String] = []
        if setsAdded.count > recreated.count { sets.append("\(setsAdded.count - recreated.count) added") }
        if setsDeleted.count > recreated.count { sets.append("\(setsDeleted.count - recreated.count) removed") }
        if !recreated.isEmpty { sets.append("\(recreated.sorted().joined(separator: ", ")) recreated (usage carried over)") }
        if !sets.isEmpty { lines.append("sets: " + sets.joined(separator: ", ")) }
        if elementsAdded + elementsRemoved > 0 {
            lines.append("elements: +\(elementsAdded) -\(elementsRemoved) in \(count(setsTouched.count, "set"))")
        }
        if quotasAdded + quotasChanged + quotasDeleted > 0 {
            lines.append("quotas: +\(quotasAdded) -\(quotasDeleted), \(quotasChanged) limit\(quotasChanged == 1 ? "" : "s") changed (used bytes kept)")
        }
        if countersAdded + countersDeleted > 0 { lines.append("counters: +\(countersAdded) -\(countersDeleted)") }
        let rewritten = chainsFlushed.filter { !chainsDeleted.contains($0) }
        var chains: [String] = []
        if !chainsAdded.isEmpty { chains.append("\(chainsAdded.count) added") }
        if !rewritten.isEmpty { chains.append("rewritten: " + rewritten.joined(separator: ", ")) }
        if !chainsDeleted.isEmpty { chains.append("\(chainsDeleted.count) removed") }
        if !chains.isEmpty { lines.append("chains: " + chains.joined(separator: "; ") + " (\(count(rules, "rule")) sent)") }
        return (lines + familyTables).joined(separator: "\n")
    }
}
