import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import Testing

/// The shipped policies, compiled by the compiler and rendered by NFTRenderer: applied over netlink
/// in one namespace and loaded with `nft -f` in another, they must give the same table.
@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct CompiledPolicyKernelTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let policies = ["hpc-center.sluice", "login-node.sluice", "small-office.sluice", "transfer-node.sluice"]

    static func compile(_ name: String) throws -> Ruleset {
        let build = PolicyBuild.build(path: root.appendingPathComponent("policies/\(name)").path)
        guard let compiled = build.compiled else {
            throw Shell.Failure(command: ["compile", name], status: 1, output: build.renderedDiagnostics)
        }
        return compiled.ruleset
    }

    @Test(arguments: policies)
    func compiledPolicyMatchesNft(_ name: String) throws {
        // nft 1.0.6 cannot write the owner rules; `ownerRulesRoundTrip` covers them.
        let ruleset = KernelComparison.withoutOwnerRules(try Self.compile(name))
        let a = try TestNamespace()
        defer { a.remove() }
        let b = try TestNamespace()
        defer { b.remove() }
        let connection = try NetfilterConnection(namespace: a.namespace)
        let plan = try connection.plan(ruleset)
        try connection.apply(plan, expectedGeneration: plan.generation)
        try b.load(KernelComparison.asListedBySluice(NFTRenderer.render(ruleset)))

        #expect(try a.list(ruleset.table) == b.list(ruleset.table))
        let exprA = try KernelComparison.netlinkDebug(a, ruleset.table)
        let exprB = try KernelComparison.netlinkDebug(b, ruleset.table)
        #expect(exprA == exprB)
        for (x, y) in zip(exprA, exprB) where x != y { Issue.record("netlink: \(x)\n    nft: \(y)") }
        let rawA = try RawKernelObjects.dump(connection, table: ruleset.table)
        let rawB = try RawKernelObjects.dump(NetfilterConnection(namespace: b.namespace), table: ruleset.table)
        #expect(rawA == rawB)
        for (x, y) in zip(rawA, rawB) where x != y { Issue.record("netlink: \(x)\n    nft: \(y)") }

        #expect(try connection.readTable(ruleset.table) == KernelComparison.normalizedForReadBack(ruleset))
        #expect(try connection.plan(ruleset).isEmpty)
        // nft's own table would need nothing from an apply either, but it is not Sluice's to change.
        let other = try NetfilterConnection(namespace: b.namespace)
        #expect(try ApplyPlanner.plan(live: other.readTable(ruleset.table), target: ruleset).isEmpty)
        #expect(throws: KernelError.notOwned(table: ruleset.table)) { try other.plan(ruleset) }
    }

    /// The owner rules (users sets: `ct owner`), which only Sluice's backend can load: applied over
    /// netlink they read back as compiled, plan nothing more, and `nft list` still shows them.
    @Test func ownerRulesRoundTrip() throws {
        let ruleset = try Self.compile("transfer-node.sluice")
        #expect(ruleset != KernelComparison.withoutOwnerRules(ruleset), "the policy has owner rules")
        let a = try TestNamespace()
        defer { a.remove() }
        let connection = try NetfilterConnection(namespace: a.namespace)
        let plan = try connection.plan(ruleset)
        try connection.apply(plan, expectedGeneration: plan.generation)
        #expect(try connection.readTable(ruleset.table) == KernelComparison.normalizedForReadBack(ruleset))
        #expect(try NetfilterConnection(namespace: a.namespace).plan(ruleset).isEmpty)
        let listed = try a.list(ruleset.table)
        #expect(listed.contains("ct label ! 64 ct label set meta skuid"), "\(listed)")
        #expect(listed.contains("ct label & 64 == 64 ct label @blocked_users ip daddr != @g_soc_v4 drop"), "\(listed)")
    }
}
