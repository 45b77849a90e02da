import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import Testing

/// Random policies (`RandomPolicy`, fixed seeds) applied to the real kernel: a plan made afresh
/// from the kernel (a new connection, no picture) finds nothing to change, both after a first
/// apply and after one applied over the previous seed's table. A rule the decoder reads back
/// differently from how it was written (as `meta l4proto tcp` before a set update's key was)
/// shows up here as a change on every apply.
@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct RandomRoundTripTests {
    static let seeds: [UInt64] = Array(1...40)

    static func compiled(_ seed: UInt64) -> Ruleset? {
        var generator = RandomPolicy(seed: seed)
        let build = PolicyBuild.build(path: "random.sluice", fileSystem: InMemoryFileSystem(["random.sluice": generator.text()]))
        return build.compiled?.ruleset
    }

    @Test func aFreshPlanFromTheKernelFindsNothingToChange() throws {
        let fresh = try TestNamespace()
        defer { fresh.remove() }
        let over = try TestNamespace()
        defer { over.remove() }
        var applied = 0
        for seed in Self.seeds {
            guard let ruleset = Self.compiled(seed) else { continue }
            applied += 1
            for namespace in [fresh, over] {
                if namespace === fresh { _ = try? fresh.exec(["nft", "flush", "ruleset"]) }
                let connection = try NetfilterConnection(namespace: namespace.namespace)
                let plan = try connection.plan(ruleset)
                try connection.apply(plan, expectedGeneration: plan.generation)
                let again = try NetfilterConnection(namespace: namespace.namespace).plan(ruleset)
                #expect(again.basis == .kernel)
                #expect(again.isEmpty, "seed \(seed) (\(namespace === fresh ? "fresh" : "over the previous")): \(again.summary)")
            }
        }
        #expect(applied >= 25, "only \(applied) of \(Self.seeds.count) seeds compiled")
    }
}
