import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import Testing

@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct RoundTripTests {
    static let rulesets: [(String, Ruleset)] = [
        ("gateway", Fixtures.gateway()),
        ("host", Fixtures.host()),
        ("other name", Fixtures.gateway(table: "edge", computeV4: ["10.20.0.0/16", "10.22.0.0-10.22.3.7", "10.30.0.1"])),
        ("warn quotas", Fixtures.compiled("Tests/Fixtures/warn-quotas.sluice")),
        ("learned quotas", Fixtures.compiled("Tests/Fixtures/learned-quotas.sluice")),
        ("dns names", Fixtures.compiled("Tests/Fixtures/dns-names.sluice")),
        ("protocol quotas", Fixtures.compiled("Tests/Fixtures/protocol-quotas.sluice")),
    ]

    @Test(arguments: 0..<7)
    func netlinkMatchesNft(_ index: Int) throws {
        let (_, ruleset) = Self.rulesets[index]
        let a = try TestNamespace()
        defer { a.remove() }
        let b = try TestNamespace()
        defer { b.remove() }

        let connection = try NetfilterConnection(namespace: a.namespace)
        let plan = try connection.plan(ruleset)
        try connection.apply(plan, expectedGeneration: plan.generation)
        try b.load(KernelComparison.asListedBySluice(TestRenderer.render(ruleset)))

        let viaNetlink = try a.list(ruleset.table)
        let viaNft = try b.list(ruleset.table)
        #expect(viaNetlink == viaNft)
        // The kernel's expressions, as nft prints them from a dump, match too.
        #expect(try KernelComparison.netlinkDebug(a, ruleset.table) == KernelComparison.netlinkDebug(b, ruleset.table))

        // And so do the kernel's own encodings of every object and element.
        let rawA = try RawKernelObjects.dump(connection, table: ruleset.table)
        let rawB = try RawKernelObjects.dump(try NetfilterConnection(namespace: b.namespace), table: ruleset.table)
        #expect(rawA.count > 10)
        #expect(rawA == rawB)
        for (x, y) in zip(rawA, rawB) where x != y { Issue.record("netlink: \(x)\n    nft: \(y)") }

        let back = try #require(try connection.readTable(ruleset.table))
        #expect(back == KernelComparison.normalizedForReadBack(ruleset))

        // Applying the same ruleset again plans nothing, from the connection's picture and from a
        // full read by a new connection alike.
        let again = try connection.plan(ruleset)
        #expect(again.basis == .cache)
        #expect(again.isEmpty, "\(again.summary)")
        let read = try NetfilterConnection(namespace: a.namespace).plan(ruleset)
        #expect(read.basis == .kernel)
        #expect(read.isEmpty, "\(read.summary)")
    }
}
