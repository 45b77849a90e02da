import Foundation
import SluiceCompiler
@testable import SluiceKernel
import SluiceLanguage
import Testing

/// Sluice changes only tables it created (`TableMark`): every kind of write is refused on a table
/// someone else made, even one that looks exactly like Sluice's, and the table is byte-identical
/// afterwards; a table swapped in between Sluice's read and its commit is refused by the
/// generation check.
@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct OwnershipTests {
    /// Sluice's gateway layout with runtime state (used quota bytes, counter values, a contained
    /// host), loaded with `nft -f`: a table Sluice did not create.
    static func foreign(_ ns: TestNamespace, table: String, computeV4: [String] = ["10.20.0.0/16"]) throws {
        var ruleset = Fixtures.gateway(table: table, computeV4: computeV4)
        ruleset.quotas[0].used = 7777
        ruleset.counters[0].value = CounterState(packets: 5, bytes: 500)
        try ns.load(TestRenderer.render(ruleset))
        try ns.nft("add", "element", "inet", table, "blocked_v4", "{ 10.20.0.7 comment \"held\" }")
    }

    static let host = SetElement(Fixtures.address("10.20.0.9"))

    @Test func everyWriteIsRefusedOnATableSluiceDidNotCreate() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        try Self.foreign(ns, table: "foreign")
        let before = try ns.list("foreign")
        let connection = try NetfilterConnection(namespace: ns.namespace)
        let cache = AppliedStateCache()
        let target = Fixtures.gateway(table: "foreign", computeV4: ["10.9.0.0/16"])
        func refused(_ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation, _ body: () throws -> Void) throws {
            #expect(throws: KernelError.notOwned(table: "foreign"), "\(what)", sourceLocation: sourceLocation) { try body() }
            #expect(try ns.list("foreign") == before, "\(what) changed the table", sourceLocation: sourceLocation)
        }
        try refused("plan") { _ = try connection.plan(target, cache: cache) }
        // Without a picture that identifies the table, the adoption flag changes nothing.
        try refused("plan, adopting") { _ = try connection.plan(target, cache: cache, adoptUnmarked: true) }
        let unchecked = try ApplyPlanner.plan(live: nil, target: target)
        try refused("apply of a plan made without the kernel") { try connection.apply(unchecked, expectedGeneration: nil) }
        try refused("dry run") { try connection.apply(unchecked, expectedGeneration: nil, dryRun: true) }
        let generation = try connection.generation()
        try refused("apply at the current generation") { try connection.apply(unchecked, expectedGeneration: generation) }
        try refused("delete the table") { try connection.deleteTable("foreign") }
        try refused("delete the table, adopting") { try connection.deleteTable("foreign", adoptUnmarked: true) }
        try refused("add an element") {
            try connection.addElements([SetElement(Self.host.key, timeout: 60_000)], table: "foreign", set: "blocked_v4")
        }
        try refused("delete an element") {
            try connection.deleteElements([SetElement(Fixtures.address("10.20.0.7"))], table: "foreign", set: "blocked_v4")
        }
        try refused("restore per-host usage") {
            try connection.restoreElementUsage([SetElement(Self.host.key, quotaUsed: 5)], table: "foreign", set: "hq_compute_1d_v4")
        }
        try refused("restore a quota's usage") { try connection.restoreQuotaUsage(table: "foreign", name: "tq_compute_1d", used: 1) }
        try refused("read and reset a quota") { _ = try connection.readQuota(table: "foreign", name: "tq_compute_1d", reset: true) }
        try refused("read and reset the quotas") { _ = try connection.readQuotas(table: "foreign", reset: true) }
        try refused("read and reset the counters") { _ = try connection.readCounters(table: "foreign", reset: true) }
        try refused("read and reset elements") { _ = try connection.readAndResetElements(table: "foreign", set: "tq_compute_1d_v4") }
        // Reading is no change: it works.
        #expect(try connection.readQuota(table: "foreign", name: "tq_compute_1d").used == 7777)
        #expect(try connection.readTable("foreign") != nil)
    }

    @Test func aTableSwappedInBetweenReadAndCommitIsRefusedByTheGeneration() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        // Planned over no table; a foreign one appears before the commit.
        let first = try connection.plan(Fixtures.gateway())
        #expect(first.basis == .absent)
        let firstGeneration = try #require(first.generation)
        try Self.foreign(ns, table: "sluice")
        let foreign = try ns.list()
        #expect(throws: KernelError.generationChanged(expected: firstGeneration)) {
            try connection.apply(first, expectedGeneration: first.generation)
        }
        #expect(throws: KernelError.notOwned(table: "sluice")) { try connection.apply(first, expectedGeneration: nil) }
        #expect(try ns.list() == foreign)

        // Planned over Sluice's own table (from the picture); the table is deleted and a foreign
        // one made under its name before the commit.
        try ns.nft("delete", "table", "inet", "sluice")
        try IncrementalApplyTests.apply(Fixtures.gateway(), connection)
        try connection.addElements([Self.host], table: "sluice", set: "blocked_v4")
        let second = try connection.plan(Fixtures.gateway(computeV4: ["10.21.0.0/16"]))
        #expect(second.basis == .cache)
        let secondGeneration = try #require(second.generation)
        try ns.nft("delete", "table", "inet", "sluice")
        try Self.foreign(ns, table: "sluice")
        let swapped = try ns.list()
        #expect(throws: KernelError.generationChanged(expected: secondGeneration)) {
            try connection.apply(second, expectedGeneration: second.generation)
        }
        // The runtime operations of a connection that found the old table Sluice's notice too.
        #expect(throws: KernelError.notOwned(table: "sluice")) {
            try connection.addElements([SetElement(Fixtures.address("10.20.0.10"))], table: "sluice", set: "blocked_v4")
        }
        #expect(throws: KernelError.notOwned(table: "sluice")) { try connection.deleteElements([Self.host], table: "sluice", set: "blocked_v4") }
        #expect(try ns.list() == swapped)
    }

    @Test func aResetThatMayHaveHitAnotherTableIsDiscarded() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try IncrementalApplyTests.apply(Fixtures.gateway(), connection)
        // The swap happens between the check before the reset and the reset itself.
        #expect(throws: KernelError.tableReplaced(table: "sluice", operation: "reset")) {
            _ = try connection.ownedReset(table: "sluice", operation: "reset") { () -> [QuotaObject] in
                try ns.nft("delete", "table", "inet", "sluice")
                try Self.foreign(ns, table: "sluice")
                return try connection.readQuotas(table: "sluice")
            }
        }
        // A reset on Sluice's own table, with other tables changing meanwhile, is kept.
        try ns.nft("delete", "table", "inet", "sluice")
        try IncrementalApplyTests.apply(Fixtures.gateway(), connection)
        let kept = try connection.ownedReset(table: "sluice", operation: "reset") { () -> [QuotaObject] in
            try ns.load("table inet bystander { }")
            return try connection.readQuotas(table: "sluice", reset: true)
        }
        #expect(kept.map(\.name) == ["tq_compute_1d"])
    }

    @Test func sluicesTablesCarryTheMarkAndChangeIncrementally() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try IncrementalApplyTests.apply(Fixtures.gateway(), connection)
        let info = try #require(try connection.tableInfo("sluice"))
        #expect(info.userData == TableMark.userData)
        #expect(info.isMarked)
        // nft reads the mark's comment and skips Sluice's own record.
        #expect(try ns.list().hasPrefix("table inet sluice {\n\tcomment \"managed by sluice\"\n"))
        #expect(try ns.nft("list", "ruleset").contains("comment \"managed by sluice\""))

        let changed = Fixtures.gateway(computeV4: ["10.20.0.0/16", "10.41.0.0/24"])
        let plan = try connection.plan(changed)
        #expect(plan.operations == [
            .addElements(set: "g_compute_v4", elements: [SetElement(Fixtures.address("10.41.0.0/24"))], initial: false),
        ])
        try connection.apply(plan, expectedGeneration: plan.generation)
        #expect(try connection.tableInfo("sluice")?.handle == info.handle)
        try connection.addElements([Self.host], table: "sluice", set: "blocked_v4")
        #expect(try connection.readAndResetElements(table: "sluice", set: "blocked_v4").map(\.key) == [Self.host.key])
        try connection.deleteTable("sluice")
        #expect(try connection.tableInfo("sluice") == nil)
    }

    @Test func theMarkIsRecognisedOnlyWhole() {
        #expect(TableMark.isMarked(TableMark.userData))
        var comment = UserData()
        comment.putString(TableMark.commentType, TableMark.comment)
        #expect(!TableMark.isMarked(comment.bytes), "the comment alone, as nft -f of a listing writes it")
        var magicOnly = UserData()
        magicOnly.put(TableMark.recordType, TableMark.magic)
        #expect(!TableMark.isMarked(magicOnly.bytes), "no version")
        var later = UserData()
        later.put(TableMark.recordType, TableMark.magic + [7])
        #expect(TableMark.isMarked(later.bytes), "a later format version")
        #expect(!TableMark.isMarked([]))
        #expect(!TableMark.isMarked(Array(TableMark.userData.dropLast())), "truncated")
    }
}
