import SluiceCompiler

extension ApplyPlanner {
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
        // A family table holds no sets, objects or jumps: its rules only compare and queue.
        for table in target.familyTables {
            try unique(table.chains.map(\.name), "\(table.keyword) chain")
            for chain in table.chains {
                for rule in chain.rules {
                    _ = try RuleLinearizer.linearize(rule, family: table.family)
                    if !references(of: [rule]).isEmpty {
                        throw KernelError.unsupported("a rule in chain \(chain.name) of table \(table.keyword) \(target.table) refers to another object")
                    }
                }
            }
        }
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
