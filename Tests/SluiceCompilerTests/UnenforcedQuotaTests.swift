import Testing
import SluiceLanguage
@testable import SluiceCompiler

/// Learned (`Nx usual`) and alert-only (`warn`) quotas parse, but until the kernel side exists the
/// compiler refuses them, located, rather than enforcing a size or a stop the policy never meant.
@Suite struct UnenforcedQuotaTests {
    @Test(arguments: [
        (QuotaSpec(bytes: 1 << 20, window: 3_600, scope: .perHost, learned: LearnedMultiple(hundredths: 300)), "3x usual"),
        (QuotaSpec(bytes: 1 << 20, window: 3_600, scope: .perHost, alertOnly: true), "'warn'"),
        (QuotaSpec(bytes: 1 << 20, window: 3_600, scope: .total, alertOnly: true), "'warn'"),
    ])
    func refusedAtTheQuota(_ spec: QuotaSpec, _ words: String) throws {
        var policy = HandBuiltPolicies.hpc
        policy.quotas[0].spec = spec
        let result = PolicyCompiler().compile(policy)
        #expect(result.compiled == nil)
        let diagnostic = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(diagnostic.id == .unsupported)
        #expect(diagnostic.location == policy.quotas[0].location)
        #expect(diagnostic.message.contains(words))
    }

    @Test func inlineQuotasAreRefusedToo() throws {
        var policy = HandBuiltPolicies.hpc
        let index = try #require(policy.allows.firstIndex { $0.quota != nil })
        policy.allows[index].quota?.alertOnly = true
        let result = PolicyCompiler().compile(policy)
        #expect(result.compiled == nil)
        #expect(result.diagnostics.contains { $0.id == .unsupported && $0.location == policy.allows[index].location })
    }

    @Test func fixedEnforcingQuotasStillCompile() {
        #expect(PolicyCompiler().compile(HandBuiltPolicies.hpc).compiled != nil)
    }
}
