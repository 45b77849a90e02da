import SluiceLanguage

/// A readable, semantic difference between two rulesets: sets and their elements, quota limits,
/// counters and chain rules, by name. Runtime state (usage, containment and per-host elements)
/// never counts as a difference.
public struct RulesetDiff: Hashable, Sendable {
    public var changes: [RulesetChange]

    /// Whether the two rulesets put the same policy into the kernel.
    public var isEmpty: Bool { changes.isEmpty }

    /// Compares `old` (nil: no table yet) with `new`.
    public static func compare(_ old: Ruleset?, _ new: Ruleset) -> RulesetDiff {
        let old = old ?? Ruleset(table: new.table)
        return RulesetDiff(changes: setChanges(old, new) + objectChanges(old, new) + chainChanges(old, new)
                           + familyTableChanges(old, new))
    }

    /// The chains of the `ip`/`ip6` tables, named `ip NAME/CHAIN` so they read apart from the
    /// `inet` table's.
    private static func familyTableChanges(_ old: Ruleset, _ new: Ruleset) -> [RulesetChange] {
        AddressFamily.allCases.flatMap { family -> [RulesetChange] in
            let before = Ruleset(table: old.table, chains: old.familyTable(family)?.chains ?? [])
            let after = Ruleset(table: new.table, chains: new.familyTable(family)?.chains ?? [])
            let prefix = "\(FamilyTable.keyword(family)) \(new.table)/"
            return chainChanges(before, after).map { change in
                switch change {
                case .chainAdded(let name, let rules): .chainAdded(name: prefix + name, rules: rules)
                case .chainRemoved(let name, let rules): .chainRemoved(name: prefix + name, rules: rules)
                case .chainChanged(let name, let hook, let edits): .chainChanged(name: prefix + name, hook: hook, edits: edits)
                default: change
                }
            }
        }
    }

    /// Sets added, removed, redefined, and their policy elements added and removed.
    private static func setChanges(_ old: Ruleset, _ new: Ruleset) -> [RulesetChange] {
        var changes: [RulesetChange] = []
        let oldSets = Dictionary(old.sets.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let newSets = Set(new.sets.map(\.name))
        for set in new.sets {
            let elements = set.runtimeElements ? [] : set.elements.map { NFTText.key($0.key) }
            guard let before = oldSets[set.name] else {
                changes.append(.setAdded(name: set.name, comment: set.comment, elements: elements))
                continue
            }
            let definition = definitionChanges(before, set)
            var added: [String] = []
            var removed: [String] = []
            if !set.runtimeElements {
                let was = Set(before.elements.map(\.key))
                let now = Set(set.elements.map(\.key))
                added = set.elements.map(\.key).filter { !was.contains($0) }.map(NFTText.key)
                removed = before.elements.map(\.key).filter { !now.contains($0) }.map(NFTText.key)
            }
            if !definition.isEmpty || !added.isEmpty || !removed.isEmpty {
                changes.append(.setChanged(name: set.name, comment: set.comment, definition: definition,
                                           added: added, removed: removed))
            }
        }
        for set in old.sets where !newSets.contains(set.name) {
            changes.append(.setRemoved(name: set.name, comment: set.comment))
        }
        return changes
    }

    /// Quota objects and counters added, removed, or with a new limit.
    private static func objectChanges(_ old: Ruleset, _ new: Ruleset) -> [RulesetChange] {
        var changes: [RulesetChange] = []
        let oldQuotas = Dictionary(old.quotas.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for q in new.quotas {
            if let before = oldQuotas[q.name] {
                if before.bytes != q.bytes || before.over != q.over {
                    changes.append(.quotaChanged(name: q.name, from: before.bytes, to: q.bytes))
                }
            } else {
                changes.append(.quotaAdded(name: q.name, bytes: q.bytes))
            }
        }
        for q in old.quotas where new.quota(named: q.name) == nil {
            changes.append(.quotaRemoved(name: q.name, bytes: q.bytes))
        }
        let newCounters = Set(new.counters.map(\.name))
        let oldCounters = Set(old.counters.map(\.name))
        for c in new.counters where !oldCounters.contains(c.name) { changes.append(.counterAdded(name: c.name)) }
        for c in old.counters where !newCounters.contains(c.name) { changes.append(.counterRemoved(name: c.name)) }
        return changes
    }

    /// Chains added, removed, rehooked, and their rules edited.
    private static func chainChanges(_ old: Ruleset, _ new: Ruleset) -> [RulesetChange] {
        var changes: [RulesetChange] = []
        for chain in new.chains {
            let rules = chain.rules.map(NFTText.rule)
            guard let before = old.chain(named: chain.name) else {
                changes.append(.chainAdded(name: chain.name, rules: rules))
                continue
            }
            let hook = before.hook == chain.hook ? nil
                : "\(before.hook.map(NFTText.hook) ?? "regular chain") -> \(chain.hook.map(NFTText.hook) ?? "regular chain")"
            let edits = RuleEdit.diff(before.rules.map(NFTText.rule), rules)
            if hook != nil || edits.contains(where: { $0.kind != .kept }) {
                changes.append(.chainChanged(name: chain.name, hook: hook, edits: edits))
            }
        }
        for chain in old.chains where new.chain(named: chain.name) == nil {
            changes.append(.chainRemoved(name: chain.name, rules: chain.rules.map(NFTText.rule)))
        }
        return changes
    }

    private static func definitionChanges(_ a: NFTSet, _ b: NFTSet) -> [String] {
        var out: [String] = []
        if a.keyType != b.keyType { out.append("type \(a.keyType.rawValue) -> \(b.keyType.rawValue)") }
        if a.flags != b.flags {
            out.append("flags \(a.flags.names.joined(separator: ",")) -> \(b.flags.names.joined(separator: ","))")
        }
        if a.size != b.size { out.append("size \(a.size.map(String.init) ?? "none") -> \(b.size.map(String.init) ?? "none")") }
        if a.timeout != b.timeout {
            out.append("timeout \(a.timeout.map { NFTText.duration(milliseconds: $0) } ?? "none") -> "
                + (b.timeout.map { NFTText.duration(milliseconds: $0) } ?? "none"))
        }
        if a.stateful != b.stateful { out.append("per-element \(describe(a.stateful)) -> \(describe(b.stateful))") }
        return out
    }

    private static func describe(_ s: ElementStateful?) -> String {
        switch s {
        case .quotaOver(let bytes): "quota over \(Units.size(bytes))"
        case .counter: "counter"
        case nil: "nothing"
        }
    }
}
