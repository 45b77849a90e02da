import Foundation
import SluiceCompiler
@testable import SluiceKernel
import SluiceLanguage
import Testing

/// The DNS answer queue's `ip`/`ip6` tables on the real kernel: written in the transaction of the
/// `inet` table, read back as compiled, listed by nft as rendered, unchanged on a second apply,
/// deleted with the names, flushed with the table, and never written over someone else's table.
@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct AnswerQueueTableTests {
    static let named = Fixtures.compiled("Tests/Fixtures/dns-names.sluice")

    /// The ruleset without its names' queue (as a policy that drops its names compiles).
    static var unnamed: Ruleset {
        var r = named
        r.familyTables = []
        return r
    }

    @discardableResult
    static func apply(_ ruleset: Ruleset, _ connection: NetfilterConnection) throws -> ApplyPlan {
        try IncrementalApplyTests.apply(ruleset, connection)
    }

    @Test func appliedReadBackListedAsRenderedAndUnchangedTwice() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        #expect(Self.named.familyTables.map(\.family) == [.ipv4, .ipv6])
        let first = try Self.apply(Self.named, connection)
        #expect(first.summary.contains("+ table ip sluice") && first.summary.contains("+ table ip6 sluice"), "\(first.summary)")

        // Read back through the decoder: the same chains, hooks and statements.
        let read = try #require(try connection.readTable("sluice"))
        #expect(read.familyTables == Self.named.familyTables)

        // nft lists the xtables target as the renderer writes the rule, and the table carries the mark.
        let rendered = NFTRenderer.render(Self.named)
        for table in Self.named.familyTables {
            let listed = try ns.nft("list", "table", table.keyword, "sluice")
            #expect(listed.contains("comment \"managed by sluice\""))
            let kept = listed.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.contains("comment \"managed by sluice\"") }.joined(separator: "\n")
                .trimmingCharacters(in: .newlines)
            let block = "table \(table.keyword) sluice {\n" + table.chains.map(NFTRenderer.render).joined(separator: "\n") + "}"
            #expect(kept == block, "listed:\n\(listed)\nrendered:\n\(block)")
            #expect(rendered.contains(block))
        }

        let again = try connection.plan(Self.named)
        #expect(again.isEmpty, "\(again.summary)")
    }

    @Test func theTargetIsIptablesNFQUEUEs() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        try ns.exec(["iptables-nft", "-A", "INPUT", "-j", "NFQUEUE", "--queue-num", "5113", "--queue-bypass"])
        let connection = try NetfilterConnection(namespace: ns.namespace)
        let dumped = try connection.rules(table: "filter", family: .ipv4).flatMap(\.expressions)
        let expected = QueueTarget.expression(QueueStatement(num: 5113, bypass: true))
        #expect(dumped.contains(expected), "\(dumped)")
    }

    @Test func namesDroppedDeleteTheTablesAndChangesReplaceThem() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try Self.apply(Self.named, connection)

        var moved = Self.named
        moved.familyTables[0].chains = moved.familyTables[0].chains.map { chain in
            var chain = chain
            chain.rules = chain.rules.map { rule in
                var rule = rule
                rule.statements[0] = .match(Match(.ipSaddr, .address(IPAddress("192.0.2.54")!)))
                return rule
            }
            return chain
        }
        let change = try Self.apply(moved, connection)
        #expect(change.operations == [.replaceFamilyTable(moved.familyTables[0])], "\(change.summary)")
        #expect(try connection.readTable("sluice")?.familyTables == moved.familyTables)

        let drop = try Self.apply(Self.unnamed, connection)
        #expect(drop.operations == [.deleteFamilyTable(.ipv4), .deleteFamilyTable(.ipv6)], "\(drop.summary)")
        #expect(try connection.tableInfo("sluice", family: .ipv4) == nil)
        #expect(try connection.tableInfo("sluice", family: .ipv6) == nil)
        #expect(try connection.readTable("sluice") != nil)

        // Back again (a rollback to the version with names), then flushed with the table.
        try Self.apply(Self.named, connection)
        #expect(try connection.readTable("sluice")?.familyTables == Self.named.familyTables)
        try connection.deleteTable("sluice")
        #expect(try connection.tableInfo("sluice", family: .ipv4) == nil)
        #expect(try connection.tableInfo("sluice", family: .ipv6) == nil)
        #expect(try connection.readTable("sluice") == nil)
    }

    @Test func someoneElsesIpTableIsRefusedAndLeftAlone() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        try ns.nft("add", "table", "ip", "sluice")
        try ns.nft("add", "chain", "ip", "sluice", "theirs")
        let connection = try NetfilterConnection(namespace: ns.namespace)
        #expect(throws: KernelError.notOwned(table: "sluice", family: "ip")) { try connection.plan(Self.named) }
        #expect(try connection.tableInfo("sluice") == nil, "nothing of the refused apply was sent")

        // A policy without names does not need the table: it applies, and leaves theirs as it is.
        try Self.apply(Self.unnamed, connection)
        try connection.deleteTable("sluice")
        #expect(try ns.nft("list", "table", "ip", "sluice").contains("chain theirs"))

        // A plan made before their table appeared is refused when sent.
        try ns.nft("delete", "table", "ip", "sluice")
        let plan = try connection.plan(Self.named)
        try ns.nft("add", "table", "ip", "sluice")
        #expect(throws: KernelError.notOwned(table: "sluice", family: "ip")) { try connection.apply(plan, expectedGeneration: nil) }
        #expect(try connection.tableInfo("sluice") == nil)
    }
}
