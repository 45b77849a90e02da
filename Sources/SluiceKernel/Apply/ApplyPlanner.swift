import SluiceCompiler
import SluiceLanguage

/// Computes the operations that turn the live table into the target ruleset, without touching
/// the kernel.
///
/// - An unchanged policy gives an empty plan.
/// - Elements of policy sets are added and removed one by one; sets with `runtimeElements` never
///   have elements added or removed by an apply.
/// - A quota whose limit changed is updated in place (its used bytes stay).
/// - Chains whose rules changed are flushed and refilled in order; so are chains whose rules refer
///   to a set, object or chain that is recreated or deleted.
/// - A set whose definition changed (type, flags, size, timeout, stateful template, comment) is
///   recreated in the same transaction with its runtime elements carried over: timeouts, counters
///   and used bytes (clamped to the new limit). A quota or counter whose comment changed is
///   recreated with its value carried over.
/// - New objects are created before the rules that use them; obsolete ones are deleted after the
///   rules that used them are flushed.
public enum ApplyPlanner {
    /// Extra instructions for internal callers (usage restore, partial pictures).
    struct Options {
        /// Quotas to recreate with the target's `used`, even when unchanged.
        var recreateQuotas: Set<String> = []
        /// Runtime sets whose live elements are not in the picture: recreating one needs them
        /// read first (`needsElements` reports which).
        var unknownElements: Set<String> = []
        /// Live policy sets whose elements are given packed instead of in the picture.
        var packedElements: [String: PackedElements] = [:]
    }

    /// Plans the apply of `target` over `live` (nil: the table does not exist). `generation` is
    /// the generation `live` was read at, passed on to `apply`.
    public static func plan(live: Ruleset?, target: Ruleset, generation: UInt32? = nil) throws -> ApplyPlan {
        try plan(live: live, target: target, generation: generation, options: Options())
    }

    /// The runtime sets whose live elements the picture lacks and a plan needs: those it would
    /// recreate, and those whose bounding sets lost keys (`RuntimeKeyBounds`), so that elements of
    /// hosts no longer in a quota's groups can go.
    static func needsElements(live: Ruleset?, target: Ruleset, options: Options) -> Set<String> {
        guard let live else { return [] }
        let liveBounds = RuntimeKeyBounds(live), targetBounds = RuntimeKeyBounds(target)
        var out: Set<String> = []
        for t in target.sets where options.unknownElements.contains(t.name) {
            guard let l = live.set(named: t.name) else { continue }
            if definitionDiffers(l, t) || boundNarrowed(t.name, live: live, target: target, liveBounds: liveBounds,
                                                        targetBounds: targetBounds, options: options) {
                out.insert(t.name)
            }
        }
        return out
    }

    /// Whether a runtime set's bound may admit fewer keys than it did: other bounding sets, or
    /// one that lost elements.
    private static func boundNarrowed(_ name: String, live: Ruleset, target: Ruleset, liveBounds: RuntimeKeyBounds,
                                      targetBounds: RuntimeKeyBounds, options: Options) -> Bool {
        guard let names = targetBounds.bound(of: name) else { return false }
        guard liveBounds.bound(of: name) == names else { return true }
        return names.contains { bound in
            guard let t = target.set(named: bound) else { return true }
            if let packed = options.packedElements[bound] { return !diff(packed: packed, target: t.elements).remove.isEmpty }
            guard let l = live.set(named: bound) else { return true }
            return !diff(live: l.elements, target: t.elements).remove.isEmpty
        }
    }

    static func plan(live: Ruleset?, target: Ruleset, generation: UInt32?, options: Options) throws -> ApplyPlan {
        try validate(target)
        let family = try familyOperations(live: live?.familyTables ?? [], target: target)
        guard let live else {
            var plan = creation(of: target, generation: generation)
            plan.operations += family
            return plan
        }
        var draft = PlanDraft(live: live, target: target, options: options)
        try draft.planSets()
        draft.planQuotas()
        draft.planCounters()
        try draft.planChains()
        var planned = draft.planned
        planned.familyTables = target.familyTables
        return ApplyPlan(table: target.table, operations: draft.operations() + family, target: planned, generation: generation,
                         definitions: draft.definitions, notes: draft.notes)
    }

    /// The plan when the table does not exist: everything is created, runtime sets empty.
    static func creation(of target: Ruleset, generation: UInt32?) -> ApplyPlan {
        var ops: [KernelOperation] = [.addTable(target.table)]
        var definitions: [String: NFTSet] = [:]
        var planned = target
        for (i, set) in target.sets.enumerated() {
            var definition = set
            definition.elements = []
            definitions[set.name] = definition
            ops.append(.addSet(definition))
            if set.runtimeElements {
                planned.sets[i].elements = []
            } else if !set.elements.isEmpty {
                ops.append(.addElements(set: set.name, elements: set.elements, initial: true))
            }
        }
        for q in target.quotas { ops.append(.addQuota(clamped(q))) }
        for c in target.counters { ops.append(.addCounter(c)) }
        for c in target.chains {
            ops.append(.addChain(Chain(name: c.name, hook: c.hook)))
        }
        for c in target.chains { for r in c.rules { ops.append(.addRule(chain: c.name, rule: r)) } }
        return ApplyPlan(table: target.table, operations: ops, target: planned, generation: generation,
                         definitions: definitions, notes: [])
    }

    /// What rules refer to by name.
    enum Reference: Hashable {
        case set(String), quota(String), counter(String), chain(String)
    }

    static func references(of rules: [Rule]) -> Set<Reference> {
        var out: Set<Reference> = []
        for rule in rules {
            for s in rule.statements {
                switch s {
                case .match(let m): if case .set(let name) = m.value { out.insert(.set(name)) }
                case .update(let u): out.insert(.set(u.set))
                case .counter(let name): out.insert(.counter(name))
                case .quota(let name): out.insert(.quota(name))
                case .verdict(.jump(let c)), .verdict(.goto(let c)): out.insert(.chain(c))
                default: break
                }
            }
        }
        return out
    }

    /// Rules are equal when the kernel would hold the same expressions and comment for them.
    static func rulesEqual(_ live: [Rule], _ target: [Rule], family: AddressFamily? = nil) throws -> Bool {
        guard live.count == target.count else { return false }
        for (l, t) in zip(live, target) {
            guard l.comment == t.comment else { return false }
            let te = try RuleLinearizer.linearize(t, family: family)
            guard let le = try? RuleLinearizer.linearize(l, family: family), le == te else { return false }
        }
        return true
    }

    /// Whether two sets differ in anything the kernel cannot change in place.
    static func definitionDiffers(_ a: NFTSet, _ b: NFTSet) -> Bool {
        a.keyType != b.keyType || SetMessages.flags(a) != SetMessages.flags(b) || a.size != b.size
            || a.timeout != b.timeout || a.stateful != b.stateful || a.comment != b.comment
    }

    static func differences(_ a: NFTSet, _ b: NFTSet) -> String {
        var d: [String] = []
        if a.keyType != b.keyType { d.append("type \(a.keyType.rawValue) → \(b.keyType.rawValue)") }
        if SetMessages.flags(a) != SetMessages.flags(b) { d.append("flags changed") }
        if a.size != b.size { d.append("size \(a.size.map(String.init) ?? "-") → \(b.size.map(String.init) ?? "-")") }
        if a.timeout != b.timeout { d.append("timeout changed") }
        if a.stateful != b.stateful { d.append("\(describe(a.stateful)) → \(describe(b.stateful))") }
        if a.comment != b.comment { d.append("comment changed") }
        return d.joined(separator: ", ")
    }

    private static func describe(_ s: ElementStateful?) -> String {
        switch s {
        case .quotaOver(let bytes)?: "quota over \(bytes) bytes"
        case .counter?: "counter"
        case nil: "no stateful expression"
        }
    }

    static func clamped(_ q: QuotaObject) -> QuotaObject {
        var c = q
        c.used = min(q.used, q.bytes)
        return c
    }
}
