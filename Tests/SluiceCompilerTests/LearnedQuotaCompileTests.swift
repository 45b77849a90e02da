import Foundation
import Testing
import SluiceLanguage
@testable import SluiceCompiler

/// Learned quotas (`Nx usual at least SIZE per WINDOW per host`) compile to per-host quota sets
/// whose elements start at the floor, with everything the watcher applies in the binding.
@Suite struct LearnedQuotaCompileTests {
    static let learned = QuotaSpec(bytes: 200_000_000, window: 3_600, scope: .perHost,
                                   learned: LearnedMultiple(hundredths: 300))

    static func compiled(warn: Bool = false, learn: UInt64 = Policy.defaultBaselineLearn) throws -> CompiledPolicy {
        var policy = HandBuiltPolicies.hpc
        policy.quotas = [policy.quotas[0]]
        policy.quotas[0].spec = Self.learned
        policy.quotas[0].spec.alertOnly = warn
        policy.baselineLearn = learn
        let result = PolicyCompiler().compile(policy)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        return try #require(result.compiled)
    }

    @Test(arguments: [false, true])
    func theBindingCarriesMultipleFloorWindowAndLearningPeriod(_ warn: Bool) throws {
        let binding = try #require(try Self.compiled(warn: warn, learn: 21 * 86_400).quotas.first { !$0.inline })
        let learned = try #require(binding.learned)
        #expect(learned.multiple == LearnedMultiple(hundredths: 300))
        #expect(learned.floor == 200_000_000 && binding.bytes == learned.floor)
        #expect(binding.window == 3_600)
        #expect(learned.learnSeconds == 21 * 86_400)
        #expect(binding.alertOnly == warn)
        #expect(binding.sizeWords == "3x usual at least 200 MB")
        if case .hostSets = binding.accounting {} else { Issue.record("accounting \(binding.accounting)") }
    }

    @Test func unknownHostsStartAtTheFloor() throws {
        let compiled = try Self.compiled()
        let binding = try #require(compiled.quotas.first { !$0.inline })
        let name = try #require(binding.hostSet(.ipv4))
        let set = try #require(compiled.ruleset.set(named: name))
        // The packet path creates a host's element from the set's template: the floor.
        #expect(set.stateful == .quotaOver(bytes: 200_000_000))
        #expect(set.flags.contains(.dynamic))
        #expect(set.comment?.contains("3x usual at least 200 MB per hour per host") == true)
        #expect(!compiled.quotas.contains { $0.inline && $0.learned != nil })
    }

    @Test func theRulesetIsTheFixedQuotasAtTheFloorButTheBindingIsNot() throws {
        var fixed = HandBuiltPolicies.hpc
        fixed.quotas = [fixed.quotas[0]]
        fixed.quotas[0].spec = QuotaSpec(bytes: 200_000_000, window: 3_600, scope: .perHost)
        let plain = try #require(PolicyCompiler().compile(fixed).compiled)
        let learned = try Self.compiled()
        func withoutComments(_ r: Ruleset) -> Ruleset {
            var r = r
            for i in r.sets.indices { r.sets[i].comment = nil }
            for i in r.chains.indices { for j in r.chains[i].rules.indices { r.chains[i].rules[j].comment = nil } }
            return r
        }
        #expect(withoutComments(plain.ruleset) == withoutComments(learned.ruleset))
        #expect(plain.quotas.first?.learned == nil)
    }

    @Test func theEvaluatorCountsALearnedQuotaAndExplainSaysWhatItIs() throws {
        let compiled = try Self.compiled()
        let binding = try #require(compiled.quotas.first { !$0.inline })
        let result = FlowEvaluator(compiled).evaluate(FlowQuery(source: .address(HandBuiltPolicies.address("10.20.3.4")),
                                                                destination: HandBuiltPolicies.address("192.0.2.10"),
                                                                ports: [PortSpec(.tcp, ports: 443...443)]))
        #expect(result.summary == .allow)
        #expect(result.slices.allSatisfy { $0.outcome.quotas.contains(binding.id) })
        #expect(FlowExplainer.describe(binding).contains("3x usual at least 200 MB per hour per host"))
    }

    @Test func theStoredCompiledPolicyKeepsTheLearnedLimit() throws {
        let compiled = try Self.compiled(warn: true)
        let back = try CompiledPolicyCodec.decode(try CompiledPolicyCodec.encode(compiled))
        #expect(back.quotas.map(\.learned) == compiled.quotas.map(\.learned))
        #expect(back.quotas.contains { $0.learned != nil })
    }

    @Test func aBindingStoredBeforeLearnedQuotasDecodesAsFixed() throws {
        let binding = try #require(try Self.compiled().quotas.first { !$0.inline })
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(binding), as: UTF8.self)
        let start = try #require(text.range(of: "\"learned\":{"))
        let end = try #require(text.range(of: "},", range: start.upperBound..<text.endIndex))
        let old = text.replacingCharacters(in: start.lowerBound..<end.upperBound, with: "")
        let back = try JSONDecoder().decode(QuotaBinding.self, from: Data(old.utf8))
        #expect(back.learned == nil)
        #expect(back.id == binding.id && back.bytes == binding.bytes)
    }

    @Test func aLearnedQuotaOnThisMachineIsRefusedAtTheQuota() throws {
        var policy = HandBuiltPolicies.node
        policy.quotas[0].spec = Self.learned
        let result = PolicyCompiler().compile(policy)
        #expect(result.compiled == nil)
        let diagnostic = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(diagnostic.id == .unsupported)
        #expect(diagnostic.location == policy.quotas[0].location)
        #expect(diagnostic.message.contains("3x usual") && diagnostic.message.contains("this machine"))
    }
}
