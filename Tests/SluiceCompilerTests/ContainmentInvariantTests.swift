import Foundation
import SluiceLanguage
import Testing
@testable import SluiceCompiler

/// Containment only ever removes access: over every corpus policy, a rule that tests a containment
/// set drops and never accepts, and the only accepts before the egress chain are the host mode's
/// loopback and untracked ICMPv6, whatever the management group holds.
@Suite struct ContainmentInvariantTests {
    static func compiled(_ path: String) throws -> CompiledPolicy {
        let build = PolicyBuild.build(path: PolicyCorpus.root.appendingPathComponent(path).path)
        return try #require(build.compiled, "\(build.renderedDiagnostics)")
    }

    @Test(arguments: PolicyCorpus.all.map(\.path))
    func containmentRulesOnlyDrop(path: String) throws {
        let compiled = try Self.compiled(path)
        let containmentSets = Set(compiled.containment.sets.map(\.name))
        for chain in compiled.ruleset.chains {
            for rule in chain.rules {
                let tested = rule.statements.contains { statement in
                    guard case .match(let m) = statement, case .set(let name) = m.value, !m.negated else { return false }
                    return containmentSets.contains(name)
                }
                if tested { #expect(rule.verdict == .drop, "\(path): chain \(chain.name) has \(rule)") }
            }
        }
    }

    @Test(arguments: PolicyCorpus.all.map(\.path))
    func theBaseChainAcceptsNothingButLoopbackAndNeighbourDiscovery(path: String) throws {
        let compiled = try Self.compiled(path)
        let base = try #require(compiled.ruleset.chains.first { $0.hook != nil })
        let accepts = base.rules.filter { $0.verdict == .accept }
        let allowed: [[Statement]] = [
            [.match(Match(.oifname, .ifname("lo"))), .verdict(.accept)],
            [.match(Match(.l4proto, .l4proto(58))), .match(Match(.ctState, .ctState(.untracked))), .verdict(.accept)],
        ]
        #expect(accepts.allSatisfy { allowed.contains($0.statements) }, "\(path): \(accepts)")
    }

    /// An over-quota chain drops, except for traffic to the management group and, when the policy
    /// audits, for audited senders (their quotas count but never stop traffic).
    @Test(arguments: PolicyCorpus.all.map(\.path))
    func overQuotaChainsReturnOnlyForManagementAndAudit(path: String) throws {
        let compiled = try Self.compiled(path)
        let management = Set(compiled.ruleset.sets.filter { $0.name == "g_\(compiled.containment.managementGroup ?? "")_v4"
            || $0.name == "g_\(compiled.containment.managementGroup ?? "")_v6" }.map(\.name))
        let warnChains = Set(compiled.quotas.filter(\.alertOnly).map { "over_\($0.id)" })
        let audited = Set([compiled.audit?.sourceSetV4, compiled.audit?.sourceSetV6].compactMap { $0 })
        for chain in compiled.ruleset.chains where chain.name.hasPrefix("over_") {
            if warnChains.contains(chain.name) {
                // A `warn` quota only announces: no verdict at all, so its packets meet the allows.
                #expect(chain.rules.allSatisfy { $0.verdict == nil }, "\(path): \(chain.name) of a warn quota has a verdict")
                continue
            }
            #expect(chain.rules.last?.statements == [.verdict(.drop)], "\(path): \(chain.name) must end in drop")
            for rule in chain.rules where rule.verdict == .return {
                if rule.statements == [.verdict(.return)] {
                    #expect(compiled.audit?.machine == true, "\(path): \(chain.name) returns unconditionally: \(rule)")
                    continue
                }
                #expect(rule.statements.count == 2, "\(path): \(chain.name) returns on more than one match: \(rule)")
                guard case .match(let m) = rule.statements[0], case .set(let set) = m.value, !m.negated else {
                    Issue.record("\(path): \(chain.name) returns without a management or audit match: \(rule)")
                    continue
                }
                let toManagement = (m.key == .ipDaddr || m.key == .ip6Daddr) && management.contains(set)
                let fromAudited = (m.key == .ipSaddr || m.key == .ip6Saddr) && audited.contains(set)
                #expect(toManagement || fromAudited, "\(path): \(chain.name) returns for \(rule)")
            }
        }
    }

    /// Only the audit rules read or set the audit mark bit, and a policy that audits nothing has none.
    @Test(arguments: PolicyCorpus.all.map(\.path))
    func onlyAuditRulesTouchTheAuditMark(path: String) throws {
        let compiled = try Self.compiled(path)
        let bit = AuditBinding.mark(table: compiled.ruleset.table)
        let labelled = compiled.ruleset.chains.flatMap(\.rules).filter { rule in
            rule.statements.contains { statement in
                switch statement {
                case .setCtMarkBits(let bits): return bits & bit != 0
                case .match(let m):
                    guard case .ctMarkBits(let bits) = m.value else { return false }
                    return bits & bit != 0
                default: return false
                }
            }
        }
        guard let audit = compiled.audit else {
            #expect(labelled.isEmpty, "\(path) audits nothing but marks connections: \(labelled)")
            return
        }
        #expect(!labelled.isEmpty)
        #expect(labelled.allSatisfy { $0.origin == audit.location }, "\(path): \(labelled)")
    }
}
