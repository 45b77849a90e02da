import Testing
import SluiceLanguage
@testable import SluiceCompiler

/// Learned quotas (`Nx usual`) parse, but until the watcher writes per-host kernel limits the
/// compiler refuses them, located, rather than enforcing a size the policy never stated.
@Suite struct UnenforcedQuotaTests {
    static let learned = QuotaSpec(bytes: 1 << 20, window: 3_600, scope: .perHost,
                                   learned: LearnedMultiple(hundredths: 300))

    @Test(arguments: [false, true])
    func learnedQuotasAreRefusedAtTheQuota(_ warn: Bool) throws {
        var policy = HandBuiltPolicies.hpc
        policy.quotas[0].spec = Self.learned
        policy.quotas[0].spec.alertOnly = warn
        let result = PolicyCompiler().compile(policy)
        #expect(result.compiled == nil)
        let diagnostic = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(diagnostic.id == .unsupported)
        #expect(diagnostic.location == policy.quotas[0].location)
        #expect(diagnostic.message.contains("3x usual"))
    }

    @Test func inlineLearnedQuotasAreRefusedToo() throws {
        var policy = HandBuiltPolicies.hpc
        let index = try #require(policy.allows.firstIndex { $0.quota != nil })
        policy.allows[index].quota = Self.learned
        let result = PolicyCompiler().compile(policy)
        #expect(result.compiled == nil)
        #expect(result.diagnostics.contains { $0.id == .unsupported && $0.location == policy.allows[index].location })
    }
}
