import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import Testing

@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct AppliedStateCacheTests {
    static func temporaryDirectory() -> String {
        NSTemporaryDirectory() + "sluice-kernel-cache-\(UInt32.random(in: 0...UInt32.max))"
    }

    @Test func theNextPlanComesFromThePictureAndIsRight() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let cache = try AppliedStateCache(directory: directory)
        let connection = try NetfilterConnection(namespace: ns.namespace)

        let first = try connection.plan(Fixtures.gateway(), cache: cache)
        #expect(first.basis == .absent)
        try connection.apply(first, expectedGeneration: first.generation, cache: cache)

        // A new cache object over the same directory (another process) finds the picture.
        let reopened = try AppliedStateCache(directory: directory)
        let changed = Fixtures.gateway(computeV4: ["10.20.0.0/16", "10.99.0.0/24"])
        let plan = try connection.plan(changed, cache: reopened)
        #expect(plan.basis == .cache)
        #expect(plan.operations == [.addElements(set: "g_compute_v4",
                                                 elements: [SetElement(Fixtures.address("10.99.0.0/24"))], initial: false)])
        #expect(plan == (try { var p = try connection.plan(changed); p.basis = .cache; return p }()))
        try connection.apply(plan, expectedGeneration: plan.generation, cache: reopened)
        let again = try connection.plan(changed, cache: reopened)
        #expect(again.basis == .cache)
        #expect(again.isEmpty)
    }

    @Test func runtimeOperationsKeepThePictureCurrent() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let cache = AppliedStateCache()
        let connection = try NetfilterConnection(namespace: ns.namespace)
        let ruleset = Fixtures.gateway()
        let plan = try connection.plan(ruleset, cache: cache)
        try connection.apply(plan, expectedGeneration: plan.generation, cache: cache)
        try connection.addElements([SetElement(Fixtures.address("10.20.1.1"), timeout: 60_000)],
                                   table: "sluice", set: "blocked_v4", cache: cache)
        try connection.restoreQuotaUsage(table: "sluice", name: "tq_compute_1d", used: 42, cache: cache)
        let next = try connection.plan(ruleset, cache: cache)
        #expect(next.basis == .cache)
        #expect(next.isEmpty)
        // Without the cache the same operation leaves the picture behind: the next plan reads.
        try connection.deleteElements([SetElement(Fixtures.address("10.20.1.1"))], table: "sluice", set: "blocked_v4")
        let fallback = try connection.plan(ruleset, cache: cache)
        #expect(fallback.basis == .kernel)
        #expect(fallback.isEmpty)
        #expect(throws: KernelError.self) {
            try connection.addElements([SetElement(Fixtures.address("10.1.1.1"))], table: "sluice", set: "g_soc_v4")
        }
    }

    @Test func handEditsAreSeenAndUndone() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let cache = AppliedStateCache()
        let connection = try NetfilterConnection(namespace: ns.namespace)
        let ruleset = Fixtures.gateway()
        let plan = try connection.plan(ruleset, cache: cache)
        try connection.apply(plan, expectedGeneration: plan.generation, cache: cache)

        // Elements of a policy set changed by hand, without touching any handle or rule.
        try ns.nft("flush", "set", "inet", "sluice", "g_soc_v4")
        try ns.nft("add", "element", "inet", "sluice", "g_soc_v4", "{ 10.6.6.0/24 }")
        let repair = try connection.plan(ruleset, cache: cache)
        #expect(repair.basis == .kernel)
        #expect(repair.operations == [
            .deleteElements(set: "g_soc_v4", elements: [SetElement(Fixtures.address("10.6.6.0/24"))]),
            .addElements(set: "g_soc_v4", elements: [SetElement(Fixtures.address("10.0.0.0/28"))], initial: false),
        ])
        try connection.apply(repair, expectedGeneration: repair.generation, cache: cache)
        #expect(try connection.readTable("sluice") == KernelComparison.normalizedForReadBack(ruleset))

        // The table deleted and made again by hand: not Sluice's any more, whatever the picture
        // says, until a caller whose history says it applied the table last takes it over.
        try ns.nft("delete", "table", "inet", "sluice")
        try ns.load(TestRenderer.render(Fixtures.gateway(computeV4: ["10.7.0.0/16"])))
        #expect(throws: KernelError.notOwned(table: "sluice")) { try connection.plan(ruleset, cache: cache) }
        let rebuilt = try connection.plan(ruleset, cache: cache, adoptUnmarked: true)
        #expect(rebuilt.basis == .kernel)
        #expect(rebuilt.adoptsUnmarkedTable)
        try connection.apply(rebuilt, expectedGeneration: rebuilt.generation, cache: cache)
        #expect(try connection.readTable("sluice") == KernelComparison.normalizedForReadBack(ruleset))
        #expect(try connection.plan(ruleset, cache: cache).isEmpty)
    }

    @Test func aDamagedFileIsIgnored() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        let ruleset = Fixtures.gateway()
        let cache = try AppliedStateCache(directory: directory)
        let plan = try connection.plan(ruleset, cache: cache)
        try connection.apply(plan, expectedGeneration: plan.generation, cache: cache)
        let path = directory + "/sluice.applied"
        var bytes = try #require(FileManager.default.contents(atPath: path))
        bytes[bytes.count - 3] ^= 0xff
        try bytes.write(to: URL(fileURLWithPath: path))
        let reopened = try AppliedStateCache(directory: directory)
        let next = try connection.plan(ruleset, cache: reopened)
        #expect(next.basis == .kernel)
        #expect(next.isEmpty)
    }
}
