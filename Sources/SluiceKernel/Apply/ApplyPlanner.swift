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

    /// The runtime sets a plan would recreate whose live elements the picture lacks.
    static func needsElements(live: Ruleset?, target: Ruleset, options: Options) -> Set<String> {
        guard let live else { return [] }
        var out: Set<String> = []
        for t in target.sets where options.unknownElements.contains(t.name) {
            if let l = live.set(named: t.name), definitionDiffers(l, t) { out.insert(t.name) }
        }
        return out
    }

    static func plan(live: Ruleset?, target: Ruleset, generation: UInt32?, options: Options) throws -> ApplyPlan {
        try validate(target)
        var ops: [KernelOperation] = []
        var notes: [String] = []
        var definitions: [String: NFTSet] = [:]
        var planned = target
        let table = target.table

        guard let live else {
            ops.append(.addTable(table))
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
            return ApplyPlan(table: table, operations: ops, target: planned, generation: generation,
                             definitions: definitions, notes: notes)
        }

        // Sets.
        var deletedSets: [String] = []
        var createdSets: [(NFTSet, [SetElement])] = []
        var elementDeletes: [KernelOperation] = []
        var elementAdds: [KernelOperation] = []
        var touched: Set<Reference> = []
        for (i, t) in target.sets.enumerated() {
            var definition = t
            definition.elements = []
            definitions[t.name] = definition
            guard let l = live.set(named: t.name) else {
                let elements = t.runtimeElements ? [] : t.elements
                planned.sets[i].elements = elements
                createdSets.append((definition, elements))
                continue
            }
            if definitionDiffers(l, t) {
                let elements: [SetElement]
                if t.runtimeElements {
                    if options.unknownElements.contains(t.name) {
                        throw KernelError.unsupported("internal: set \(t.name) is recreated but its live elements were not read")
                    }
                    elements = try carry(l.elements, from: l, into: t)
                    notes.append("set \(t.name) is recreated (\(differences(l, t))); \(elements.count) element\(elements.count == 1 ? "" : "s") carried over")
                } else {
                    elements = t.elements
                    notes.append("set \(t.name) is recreated (\(differences(l, t)))")
                }
                planned.sets[i].elements = elements
                deletedSets.append(t.name)
                touched.insert(.set(t.name))
                createdSets.append((definition, elements))
                continue
            }
            if t.runtimeElements {
                planned.sets[i].elements = l.elements
                continue
            }
            let packed = options.packedElements[t.name]
            let (remove, add) = packed.map { diff(packed: $0, target: t.elements) }
                ?? diff(live: l.elements, target: t.elements)
            if !remove.isEmpty { elementDeletes.append(.deleteElements(set: t.name, elements: remove)) }
            if !add.isEmpty {
                let empty = packed.map { $0.keys.isEmpty } ?? l.elements.isEmpty
                elementAdds.append(.addElements(set: t.name, elements: add, initial: empty))
            }
        }
        for l in live.sets where target.set(named: l.name) == nil {
            deletedSets.append(l.name)
            touched.insert(.set(l.name))
        }

        // Quotas and counters.
        var deletedQuotas: [String] = []
        var addedQuotas: [QuotaObject] = []
        var updatedQuotas: [QuotaObject] = []
        for (i, t) in target.quotas.enumerated() {
            guard let l = live.quota(named: t.name) else {
                addedQuotas.append(clamped(t))
                continue
            }
            if options.recreateQuotas.contains(t.name) || l.comment != t.comment {
                var q = t
                if !options.recreateQuotas.contains(t.name) {
                    q.used = l.used
                    notes.append("quota \(t.name) is recreated (comment changed); \(l.used) used bytes carried over")
                }
                q = clamped(q)
                planned.quotas[i] = q
                deletedQuotas.append(t.name)
                touched.insert(.quota(t.name))
                addedQuotas.append(q)
                continue
            }
            planned.quotas[i].used = l.used
            if l.bytes != t.bytes || l.over != t.over {
                var q = t
                q.used = l.used
                updatedQuotas.append(q)
            }
        }
        for l in live.quotas where target.quota(named: l.name) == nil {
            deletedQuotas.append(l.name)
            touched.insert(.quota(l.name))
        }
        var deletedCounters: [String] = []
        var addedCounters: [CounterObject] = []
        for (i, t) in target.counters.enumerated() {
            guard let l = live.counters.first(where: { $0.name == t.name }) else {
                addedCounters.append(t)
                continue
            }
            planned.counters[i].value = l.value
            if l.comment != t.comment {
                var c = t
                c.value = l.value
                notes.append("counter \(t.name) is recreated (comment changed); its values are carried over")
                deletedCounters.append(t.name)
                touched.insert(.counter(t.name))
                addedCounters.append(c)
            }
        }
        for l in live.counters where !target.counters.contains(where: { $0.name == l.name }) {
            deletedCounters.append(l.name)
            touched.insert(.counter(l.name))
        }

        // Chains.
        var deletedChains: [String] = []
        var addedChains: [Chain] = []
        var updatedChains: [Chain] = []
        for t in target.chains {
            guard let l = live.chain(named: t.name) else {
                addedChains.append(Chain(name: t.name, hook: t.hook))
                continue
            }
            if l.hook?.hook != t.hook?.hook || l.hook?.priority != t.hook?.priority || (l.hook == nil) != (t.hook == nil) {
                deletedChains.append(t.name)
                touched.insert(.chain(t.name))
                addedChains.append(Chain(name: t.name, hook: t.hook))
                notes.append("chain \(t.name) is recreated (hook changed)")
            } else if l.hook?.policy != t.hook?.policy {
                updatedChains.append(Chain(name: t.name, hook: t.hook))
            }
        }
        for l in live.chains where target.chain(named: l.name) == nil {
            deletedChains.append(l.name)
            touched.insert(.chain(l.name))
        }
        var flushed: [String] = []
        var refilled: Set<String> = []
        for l in live.chains {
            let gone = deletedChains.contains(l.name)
            let targetChain = target.chain(named: l.name)
            let same = try rulesEqual(l.rules, targetChain?.rules ?? [])
            let dirty = gone || !same || !references(of: l.rules).isDisjoint(with: touched)
            guard dirty else { continue }
            if !l.rules.isEmpty { flushed.append(l.name) }
            if !gone { refilled.insert(l.name) }
        }

        // The transaction, in dependency order.
        ops += flushed.map { .flushChain($0) }
        ops += deletedChains.map { .deleteChain($0) }
        ops += deletedSets.map { .deleteSet($0) }
        ops += deletedQuotas.map { .deleteQuota($0) }
        ops += deletedCounters.map { .deleteCounter($0) }
        ops += elementDeletes
        for (definition, elements) in createdSets {
            ops.append(.addSet(definition))
            if !elements.isEmpty { ops.append(.addElements(set: definition.name, elements: elements, initial: true)) }
        }
        ops += elementAdds
        ops += addedQuotas.map { .addQuota($0) }
        ops += updatedQuotas.map { .updateQuota($0) }
        ops += addedCounters.map { .addCounter($0) }
        ops += addedChains.map { .addChain($0) }
        ops += updatedChains.map { .updateChain($0) }
        for t in target.chains where refilled.contains(t.name) || addedChains.contains(where: { $0.name == t.name }) {
            for r in t.rules { ops.append(.addRule(chain: t.name, rule: r)) }
        }
        return ApplyPlan(table: table, operations: ops, target: planned, generation: generation,
                         definitions: definitions, notes: notes)
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
    static func rulesEqual(_ live: [Rule], _ target: [Rule]) throws -> Bool {
        guard live.count == target.count else { return false }
        for (l, t) in zip(live, target) {
            guard l.comment == t.comment else { return false }
            let te = try RuleLinearizer.linearize(t)
            guard let le = try? RuleLinearizer.linearize(l), le == te else { return false }
        }
        return true
    }

    /// Whether two sets differ in anything the kernel cannot change in place.
    static func definitionDiffers(_ a: NFTSet, _ b: NFTSet) -> Bool {
        a.keyType != b.keyType || SetMessages.flags(a) != SetMessages.flags(b) || a.size != b.size
            || a.timeout != b.timeout || a.stateful != b.stateful || a.comment != b.comment
    }

    private static func differences(_ a: NFTSet, _ b: NFTSet) -> String {
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

    /// Live elements moved into a recreated set: used bytes clamped to the new limit, counters
    /// and timeouts kept where the new set has them. Fails rather than drop an element that
    /// cannot go into the new set.
    static func carry(_ elements: [SetElement], from old: NFTSet, into new: NFTSet) throws -> [SetElement] {
        let timeouts = new.flags.contains(.timeout) || new.timeout != nil
        return try elements.map { e in
            guard ElementCodec.single(e.key, as: new.keyType) != nil || new.flags.contains(.interval) else {
                throw KernelError.unsupported("set \(new.name) would be recreated as \(new.keyType.rawValue), which cannot hold its live element \(e.key.nftText)")
            }
            var c = SetElement(e.key, comment: e.comment)
            if timeouts {
                c.timeout = e.timeout
                c.expires = e.expires
            }
            switch new.stateful {
            case .quotaOver(let limit)?:
                if case .quotaOver? = old.stateful, let used = e.quotaUsed { c.quotaUsed = min(used, limit) }
            case .counter?:
                if case .counter? = old.stateful { c.counter = e.counter }
            case nil:
                break
            }
            return c
        }
    }

    /// The elements to remove and to add, comparing what an apply owns (key, timeout, comment)
    /// with a linear merge of the two sorted lists. Keys of one set share one type, so they are
    /// first reduced to pairs of numbers: comparing 100k `ElementKey` enums directly costs more
    /// than the whole kernel transaction of a one-element change.
    static func diff(live: [SetElement], target: [SetElement]) -> (remove: [SetElement], add: [SetElement]) {
        func owned(_ e: SetElement) -> SetElement { SetElement(e.key, timeout: e.timeout, comment: e.comment) }
        guard let lk = NumericKeys(live), let tk = NumericKeys(target), lk.sorted, tk.sorted else {
            return genericDiff(live: live, target: target)
        }
        var remove: [SetElement] = []
        var add: [SetElement] = []
        let extras = lk.extras || tk.extras
        var i = 0, j = 0
        let l = lk.keys, t = tk.keys
        while i < l.count || j < t.count {
            if j == t.count || (i < l.count && l[i] < t[j]) {
                remove.append(owned(live[i])); i += 1
            } else if i == l.count || t[j] < l[i] {
                add.append(owned(target[j])); j += 1
            } else {
                if extras && (live[i].timeout != target[j].timeout || live[i].comment != target[j].comment) {
                    remove.append(owned(live[i]))
                    add.append(owned(target[j]))
                }
                i += 1; j += 1
            }
        }
        return (remove, add)
    }

    /// The same diff against live elements kept as packed keys (no timeouts or comments), as the
    /// state cache keeps large policy sets: only the removed elements are made into values.
    static func diff(packed live: PackedElements, target: [SetElement]) -> (remove: [SetElement], add: [SetElement]) {
        guard let tk = NumericKeys(target), tk.sorted, !tk.extras else {
            return diff(live: live.elements, target: target)
        }
        var remove: [SetElement] = []
        var add: [SetElement] = []
        var i = 0, j = 0
        let l = live.keys, t = tk.keys
        while i < l.count || j < t.count {
            if j == t.count || (i < l.count && l[i] < t[j]) {
                if let e = live.element(i) { remove.append(e) }
                i += 1
            } else if i == l.count || t[j] < l[i] {
                add.append(SetElement(target[j].key)); j += 1
            } else {
                i += 1; j += 1
            }
        }
        return (remove, add)
    }

    private static func genericDiff(live: [SetElement], target: [SetElement]) -> (remove: [SetElement], add: [SetElement]) {
        func owned(_ e: SetElement) -> SetElement { SetElement(e.key, timeout: e.timeout, comment: e.comment) }
        let l = live.sorted { $0.key < $1.key }
        let t = target.sorted { $0.key < $1.key }
        var remove: [SetElement] = []
        var add: [SetElement] = []
        var i = 0, j = 0
        while i < l.count || j < t.count {
            if j == t.count || (i < l.count && l[i].key < t[j].key) {
                remove.append(owned(l[i])); i += 1
            } else if i == l.count || t[j].key < l[i].key {
                add.append(owned(t[j])); j += 1
            } else {
                if owned(l[i]) != owned(t[j]) {
                    remove.append(owned(l[i]))
                    add.append(owned(t[j]))
                }
                i += 1; j += 1
            }
        }
        return (remove, add)
    }

    private static func clamped(_ q: QuotaObject) -> QuotaObject {
        var c = q
        c.used = min(q.used, q.bytes)
        return c
    }

    /// Checks what the kernel would refuse or take differently, before anything is sent.
    static func validate(_ target: Ruleset) throws {
        func unique(_ names: [String], _ kind: String) throws {
            var seen: Set<String> = []
            for n in names where !seen.insert(n).inserted {
                throw KernelError.unsupported("two \(kind)s named \(n) in table \(target.table)")
            }
            for n in names where n.isEmpty || n.utf8.count > 255 {
                throw KernelError.unsupported("\(kind) name of \(n.utf8.count) bytes")
            }
        }
        try unique(target.sets.map(\.name), "set")
        try unique(target.quotas.map(\.name) + target.counters.map(\.name), "object")
        try unique(target.chains.map(\.name), "chain")
        for set in target.sets { try SetMessages.validate(set) }
        let sets = Set(target.sets.map(\.name))
        let chains = Set(target.chains.map(\.name))
        let quotas = Set(target.quotas.map(\.name))
        let counters = Set(target.counters.map(\.name))
        for chain in target.chains {
            for rule in chain.rules {
                _ = try RuleLinearizer.linearize(rule)
                for r in references(of: [rule]) {
                    let known: Bool
                    switch r {
                    case .set(let n): known = sets.contains(n)
                    case .chain(let n): known = chains.contains(n)
                    case .quota(let n): known = quotas.contains(n)
                    case .counter(let n): known = counters.contains(n)
                    }
                    if !known {
                        throw KernelError.unsupported("a rule in chain \(chain.name)\(rule.origin.map { " (\($0.fileLine))" } ?? "") refers to \(r), which table \(target.table) does not define")
                    }
                }
            }
        }
    }
}
