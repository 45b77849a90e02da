import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import Testing

@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct LargeSetTests {
    /// 100k prefixes in one transaction (66 messages, 4 MB), the same table as `nft -f` makes;
    /// then one prefix changed, planned from the stored picture and from a full read alike.
    @Test func hundredThousandPrefixesApplyAndChangeOne() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let reference = try TestNamespace()
        defer { reference.remove() }
        let directory = AppliedStateCacheTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        let cache = try AppliedStateCache(directory: directory)
        let full = LargeSet.ruleset(LargeSet.prefixes(100_000))

        let plan = try connection.plan(full, cache: cache)
        let outcome = try connection.apply(plan, expectedGeneration: plan.generation, cache: cache)
        #expect(outcome.messageCount > 60)
        try reference.load(KernelComparison.asListedBySluice(TestRenderer.render(full)))
        #expect(try ns.nft("list", "set", "inet", "sluice", "d_big_v4")
                == reference.nft("list", "set", "inet", "sluice", "d_big_v4"))

        let changed = LargeSet.ruleset(LargeSet.prefixes(100_000, skipping: 500, extra: 700))
        let small = try connection.plan(changed, cache: try AppliedStateCache(directory: directory))
        #expect(small.basis == .cache)
        #expect(small.operations == [
            .deleteElements(set: "d_big_v4", elements: [LargeSet.prefixes(501)[500]]),
            .addElements(set: "d_big_v4", elements: [LargeSet.prefixes(0, extra: 700)[0]], initial: false),
        ])
        try connection.apply(small, expectedGeneration: small.generation, cache: cache)
        let read = try #require(try connection.readTable("sluice"))
        #expect(read.set(named: "d_big_v4")?.elements == changed.sets[0].elements)
        #expect(try connection.plan(changed).isEmpty)
    }
}
