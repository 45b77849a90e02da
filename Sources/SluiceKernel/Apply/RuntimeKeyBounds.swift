import SluiceCompiler
import SluiceLanguage

/// Which keys a runtime set filled by the packet path can ever hold, read from the rules that fill
/// it: a set updated only in rules that also match the same key against a policy set (`ip saddr
/// @u_x update @hq_x { ip saddr }`, or a chain jumped to only from such rules) holds only that set's
/// elements. An apply keeps the used bytes of the hosts still in a quota's groups and drops the
/// others': a host taken out of a group is no longer that quota's, and left in its set it would
/// take a place the set, sized to the new groups, does not have (the kernel refuses the whole
/// transaction) or that a host of the group needs (a full set denies new hosts).
struct RuntimeKeyBounds {
    /// For each bounded runtime set, the policy sets its keys are elements of (any of them).
    private(set) var bounds: [String: [String]] = [:]

    /// The bounds of `ruleset`'s runtime sets. A set updated in any rule without such a match
    /// (or filled by the watcher alone, like containment sets) is unbounded and carried whole.
    init(_ ruleset: Ruleset) {
        let policySets = Set(ruleset.sets.filter { !$0.runtimeElements }.map(\.name))
        let entries = Self.entryMatches(ruleset, policySets: policySets)
        var bounded: [String: Set<String>] = [:]
        var unbounded: Set<String> = []
        for chain in ruleset.chains {
            for rule in chain.rules {
                for case .update(let update) in rule.statements {
                    let own = Self.positiveSets(rule, key: update.key, among: policySets)
                    // A rule without its own match is bounded by how every way into its chain matched.
                    let bound = own.isEmpty ? (entries[chain.name]?[update.key] ?? []) : own
                    if bound.isEmpty {
                        unbounded.insert(update.set)
                    } else {
                        bounded[update.set, default: []].formUnion(bound)
                    }
                }
            }
        }
        for (set, names) in bounded where !unbounded.contains(set) { bounds[set] = names.sorted() }
    }

    /// The policy sets bounding `set`'s keys, nil when it is unbounded.
    func bound(of set: String) -> [String]? { bounds[set] }

    /// Elements of `elements` whose keys lie in one of `set`'s bounding sets, as `target` holds
    /// them; all of them when the set is unbounded.
    func admitted(_ elements: [SetElement], of set: String, in target: Ruleset) -> [SetElement] {
        partition(elements, of: set, in: target).admitted
    }

    /// `elements` split into those `admitted` keeps and the others, each in the given order.
    func partition(_ elements: [SetElement], of set: String, in target: Ruleset)
        -> (admitted: [SetElement], outside: [SetElement]) {
        guard let names = bounds[set] else { return (elements, []) }
        let indexes = names.compactMap { target.set(named: $0) }.map(SetIndex.init)
        var split: (admitted: [SetElement], outside: [SetElement]) = ([], [])
        for e in elements {
            if indexes.contains(where: { $0.contains(e.key) }) { split.admitted.append(e) } else { split.outside.append(e) }
        }
        return split
    }

    /// For each non-base chain reached only by jumps (or gotos) from rules matching a key against
    /// policy sets, those sets per key; a chain with a base hook, or one way in without the match,
    /// has no entry for the key.
    private static func entryMatches(_ ruleset: Ruleset, policySets: Set<String>) -> [String: [MatchKey: Set<String>]] {
        var ways: [String: [Rule]] = [:]
        for chain in ruleset.chains {
            for rule in chain.rules {
                switch rule.verdict {
                case .jump(let target)?, .goto(let target)?: ways[target, default: []].append(rule)
                default: break
                }
            }
        }
        var out: [String: [MatchKey: Set<String>]] = [:]
        for chain in ruleset.chains where chain.hook == nil {
            guard let rules = ways[chain.name], !rules.isEmpty else { continue }
            let keys = Set(rules.flatMap { $0.statements.compactMap { s -> MatchKey? in
                if case .match(let m) = s, !m.negated { return m.key }
                return nil
            } })
            var byKey: [MatchKey: Set<String>] = [:]
            for key in keys {
                // A way in that matched the other family's addresses brings no packet with this key.
                let relevant = rules.filter { !excludes($0, key) }
                let perRule = relevant.map { positiveSets($0, key: key, among: policySets) }
                if !perRule.isEmpty, perRule.allSatisfy({ !$0.isEmpty }) { byKey[key] = perRule.reduce(into: Set<String>()) { $0.formUnion($1) } }
            }
            out[chain.name] = byKey
        }
        return out
    }

    /// Whether a rule's packets cannot have `key`: it matches an address of the other family.
    private static func excludes(_ rule: Rule, _ key: MatchKey) -> Bool {
        guard let family = family(key) else { return false }
        return rule.statements.contains { s in
            if case .match(let m) = s, !m.negated, let other = Self.family(m.key) { return other != family }
            return false
        }
    }

    private static func family(_ key: MatchKey) -> AddressFamily? {
        switch key {
        case .ipSaddr, .ipDaddr: .ipv4
        case .ip6Saddr, .ip6Daddr: .ipv6
        default: nil
        }
    }

    /// The policy sets a rule matches `key` against, positively. Several in one rule all hold the
    /// key, so the first alone is a bound; it is the one returned.
    private static func positiveSets(_ rule: Rule, key: MatchKey, among policySets: Set<String>) -> Set<String> {
        for case .match(let m) in rule.statements where m.key == key && !m.negated {
            if case .set(let name) = m.value, policySets.contains(name) { return [name] }
        }
        return []
    }
}
