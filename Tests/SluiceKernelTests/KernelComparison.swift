import Foundation
import SluiceCompiler
import SluiceKernel

/// How tests compare what the kernel holds.
enum KernelComparison {
    /// The ruleset as the kernel gives it back: rules in their kernel-canonical form, the timeout flag
    /// implied by a default timeout, `runtimeElements` inferred from the flags.
    static func normalizedForReadBack(_ r: Ruleset) -> Ruleset {
        var out = r
        for i in out.sets.indices {
            if out.sets[i].timeout != nil { out.sets[i].flags.insert(.timeout) }
            out.sets[i].runtimeElements = out.sets[i].flags.contains(.dynamic) || out.sets[i].flags.contains(.timeout)
        }
        for c in out.chains.indices {
            out.chains[c].rules = out.chains[c].rules.map(\.kernelCanonical)
        }
        return out
    }

    /// The ruleset without what nft 1.0.6 text cannot write (`NFTText.ownerLabel`): the rule that
    /// records a connection's owner, the chains keyed on it, and the jumps to them. What is left
    /// loads alike through nft and through netlink.
    static func withoutOwnerRules(_ r: Ruleset) -> Ruleset {
        func usesOwner(_ rule: Rule) -> Bool {
            rule.statements.contains {
                switch $0 {
                case .recordOwner: true
                case .match(let m): m.key == .owner
                case .update(let u): u.key == .owner
                default: false
                }
            }
        }
        var out = r
        let ownerless = Set(r.chains.filter { $0.rules.contains(where: usesOwner) }.map(\.name))
        out.chains = r.chains.filter { !ownerless.contains($0.name) }
        for c in out.chains.indices {
            out.chains[c].rules.removeAll { rule in
                if case .jump(let target)? = rule.verdict, ownerless.contains(target) { return true }
                return usesOwner(rule)
            }
        }
        return out
    }

    /// nft text of a table as Sluice makes it: with the comment of Sluice's mark (`TableMark`), so
    /// that `nft list` shows the two tables alike. nft cannot write the mark's own record, so a
    /// table loaded this way is still not Sluice's to change.
    static func asListedBySluice(_ text: String) -> String {
        guard let open = text.range(of: " {\n") else { return text }
        return text.replacingCharacters(in: open, with: " {\n\tcomment \"managed by sluice\"\n")
    }

    /// `nft --debug=netlink list table`: the kernel's expressions as nft prints them, with each run of
    /// set element lines sorted (a hash set dumps in the order of its per-set random seed).
    static func netlinkDebug(_ ns: TestNamespace, _ table: String) throws -> [String] {
        var out: [String] = []
        var run: [String] = []
        for line in try ns.nft("--debug=netlink", "list", "table", "inet", table).split(separator: "\n").map(String.init) {
            if line.hasPrefix("\telement") { run.append(line); continue }
            out += run.sorted()
            run = []
            out.append(line)
        }
        return out + run.sorted()
    }
}
