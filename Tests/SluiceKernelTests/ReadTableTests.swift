import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import Testing

@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct ReadTableTests {
    @Test func readsWhatNftLoaded() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let ruleset = Fixtures.gateway()
        try ns.load(TestRenderer.render(ruleset))
        let connection = try NetfilterConnection(namespace: ns.namespace)
        #expect(try connection.readTable("sluice") == KernelComparison.normalizedForReadBack(ruleset))
        #expect(try connection.readTable("absent") == nil)
        // The table nft made would need nothing from an apply of the same ruleset, but Sluice did
        // not make it, so it refuses to plan for it.
        #expect(try ApplyPlanner.plan(live: connection.readTable("sluice"), target: ruleset).isEmpty)
        #expect(throws: KernelError.notOwned(table: "sluice")) { try connection.plan(ruleset) }
    }

    @Test func aForeignRuleIsKeptAsAMarkerAndReplacedByTheNextApply() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        let ruleset = Fixtures.gateway()
        try IncrementalApplyTests.apply(ruleset, connection)
        try ns.nft("insert", "rule", "inet", "sluice", "egress", "tcp", "flags", "syn", "counter", "accept",
                   "comment", "\"by hand\"")
        let live = try #require(try connection.readTable("sluice"))
        let first = try #require(live.chain(named: "egress")?.rules.first)
        #expect(first.isUndecodable)
        #expect(first.comment?.contains("by hand") == true)
        #expect(live.chain(named: "egress")?.rules.count == ruleset.chain(named: "egress")!.rules.count + 1)

        let plan = try connection.plan(ruleset)
        #expect(plan.operations.first == .flushChain("egress"))
        try connection.apply(plan, expectedGeneration: plan.generation)
        #expect(try connection.readTable("sluice") == KernelComparison.normalizedForReadBack(ruleset))
    }
}
