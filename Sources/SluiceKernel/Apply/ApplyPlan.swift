import SluiceCompiler

/// What an apply will do to one table, as a list of operations that go into one transaction in
/// this order, with a readable summary. An unchanged policy gives an empty plan, and applying an
/// empty plan sends nothing.
public struct ApplyPlan: Hashable, Sendable {
    /// The table the plan writes.
    public var table: String
    /// The operations, in transaction order.
    public var operations: [KernelOperation]
    /// The ruleset the table will hold after the apply (runtime values as carried over).
    public var target: Ruleset
    /// The generation the live picture was taken at, when known: `apply` passes it to the kernel
    /// so the transaction is refused if anything committed since.
    public var generation: UInt32?
    /// Where the picture of the live table came from.
    public var basis: Basis = .given

    /// Where a plan's picture of the live table came from.
    public enum Basis: String, Hashable, Sendable {
        /// The caller passed it (`ApplyPlanner.plan(live:target:)`).
        case given
        /// The table did not exist.
        case absent
        /// Read from the kernel.
        case kernel
        /// Sluice's stored picture, checked against the kernel (`AppliedStateCache`).
        case cache
    }
    /// Set definitions (without elements) that element operations refer to.
    var definitions: [String: NFTSet]
    /// Why sets, quotas and counters are recreated, and a takeover of an unmarked table: for the
    /// summary, and told on their own when the summary is not shown.
    public internal(set) var notes: [String]
    /// The generation at which the plan found the table Sluice's (or absent), and its handle:
    /// `apply` with that generation needs no second look (see `NetfilterConnection+Ownership`).
    var ownership: OwnershipCheck?
    /// The handle of an unmarked table an older Sluice made, which the transaction deletes first
    /// and creates again with the mark (`ApplyPlanner.adoption`).
    var replacedTable: UInt64?

    /// Where and when a plan found its table Sluice's.
    struct OwnershipCheck: Hashable, Sendable {
        var generation: UInt32
        /// nil: the table did not exist.
        var handle: UInt64?
    }

    /// True when the apply takes over a table an older Sluice made without the mark: the table is
    /// replaced by a marked one in the same transaction, its runtime state carried over.
    public var adoptsUnmarkedTable: Bool { replacedTable != nil }

    /// True when the apply would send nothing.
    public var isEmpty: Bool { operations.isEmpty }

    /// How many operations of each kind, and the notes, one per line; deterministic.
    public var summary: String {
        if operations.isEmpty { return "table inet \(table): no changes" }
        var lines: [String] = []
        for operation in operations {
            switch operation {
            case .addTable(let name): lines.append("+ table inet \(name)")
            case .flushChain(let name): lines.append("- rules of chain \(name)")
            case .deleteChain(let name): lines.append("- chain \(name)")
            case .deleteSet(let name): lines.append("- set \(name)")
            case .deleteQuota(let name): lines.append("- quota \(name)")
            case .deleteCounter(let name): lines.append("- counter \(name)")
            case .deleteElements(let set, let elements):
                lines.append("- \(elements.count) element\(elements.count == 1 ? "" : "s") of set \(set)"
                             + ApplyPlan.sample(elements))
            case .addSet(let set): lines.append("+ set \(set.name) (\(set.keyType.rawValue)\(set.flags.names.isEmpty ? "" : ", " + set.flags.names.joined(separator: ",")))")
            case .addElements(let set, let elements, _):
                lines.append("+ \(elements.count) element\(elements.count == 1 ? "" : "s") of set \(set)"
                             + ApplyPlan.sample(elements))
            case .addQuota(let q): lines.append("+ quota \(q.name) (\(q.over ? "over " : "")\(q.bytes) bytes, used \(q.used))")
            case .updateQuota(let q): lines.append("~ quota \(q.name) (\(q.over ? "over " : "")\(q.bytes) bytes, used bytes kept)")
            case .addCounter(let c): lines.append("+ counter \(c.name)")
            case .addChain(let c): lines.append("+ chain \(c.name)")
            case .updateChain(let c): lines.append("~ chain \(c.name) (policy \(c.hook?.policy.rawValue ?? "-"))")
            case .addRule(let chain, let rule):
                lines.append("+ rule in chain \(chain)" + (rule.comment.map { " (\($0))" } ?? ""))
            case .addFamilyTable(let t):
                lines.append("+ table \(t.keyword) \(table) (\(t.chains.map(\.name).joined(separator: ", ")))")
            case .replaceFamilyTable(let t):
                lines.append("~ table \(t.keyword) \(table) (replaced: \(t.chains.map(\.name).joined(separator: ", ")))")
            case .deleteFamilyTable(let f):
                lines.append("- table \(FamilyTable.keyword(f)) \(table)")
            }
        }
        return (notes.map { "note: " + $0 } + lines).joined(separator: "\n")
    }

    private static func sample(_ elements: [SetElement]) -> String {
        let shown = elements.prefix(3).map(\.key.nftText).joined(separator: ", ")
        return ": " + shown + (elements.count > 3 ? ", ..." : "")
    }
}
