import Foundation
import SluiceCompiler
@testable import SluiceKernel
import SluiceLanguage
import Testing

/// Tables made by a Sluice from before the mark: taken over only when the caller's history says
/// Sluice applied the table last (the flag) and Sluice's picture identifies the table; the
/// takeover replaces the table with a marked one in one transaction and keeps its runtime state.
extension OwnershipTests {
    /// An unmarked table in Sluice's gateway layout with runtime state: used quota bytes, counter
    /// values, a contained host, one host's per-host usage (added the way Sluice's watcher adds it).
    static func legacy(_ ns: TestNamespace, _ connection: NetfilterConnection, table: String) throws {
        try foreign(ns, table: table)
        let set = try connection.setDefinition(table: table, name: "hq_compute_1d_v4")
        var batch = KernelBatch(firstSequence: 1, generation: nil)
        try ElementMessages.append(.add, [SetElement(host.key, quotaUsed: 4242)], of: set, table: table, setID: nil,
                                   firstSegment: false, to: &batch)
        try connection.run(&batch, commit: true)
    }

    /// Sluice's picture of `ruleset` as applied to the table with `handle`.
    static func picture(_ ruleset: Ruleset, handle: UInt64, boot: String = NetfilterConnection.bootID(),
                        _ connection: NetfilterConnection) -> AppliedState {
        AppliedState(bootID: boot, namespaceID: connection.namespaceID, tableHandle: handle, generation: 1,
                     setHandles: [:], ruleset: AppliedState.picture(of: ruleset))
    }

    @Test func anUnmarkedTableSluiceAppliedIsTakenOverOnlyWithTheFlagAndItsPicture() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try Self.legacy(ns, connection, table: "sluice")
        let before = try ns.list()
        let old = try #require(try connection.tableInfo("sluice"))
        let target = Fixtures.gateway(computeV4: ["10.20.0.0/16", "10.41.0.0/24"])

        let cache = AppliedStateCache()
        #expect(throws: KernelError.notOwned(table: "sluice")) { try connection.plan(target, cache: cache, adoptUnmarked: true) }
        // A picture of another table's structure (from another boot) identifies nothing.
        cache.store(Self.picture(Fixtures.host(), handle: old.handle &+ 100, boot: "another boot", connection))
        #expect(throws: KernelError.notOwned(table: "sluice")) { try connection.plan(target, cache: cache, adoptUnmarked: true) }
        // The picture of this very table: taken over, but only with the flag.
        cache.store(Self.picture(Fixtures.gateway(), handle: old.handle, connection))
        #expect(throws: KernelError.notOwned(table: "sluice")) { try connection.plan(target, cache: cache) }
        #expect(try ns.list() == before)
        #expect(try connection.plan(target, cache: cache, adoptUnmarked: true).adoptsUnmarkedTable)

        // The same structure from another boot (a ruleset saved and restored with nft) will do too.
        cache.store(Self.picture(Fixtures.gateway(), handle: old.handle &+ 100, boot: "another boot", connection))
        let plan = try connection.plan(target, cache: cache, adoptUnmarked: true)
        #expect(plan.adoptsUnmarkedTable)
        #expect(plan.summary.contains("replaced by a marked one in this transaction; 2 runtime elements"))
        try connection.apply(plan, expectedGeneration: plan.generation, cache: cache)

        let now = try #require(try connection.tableInfo("sluice"))
        #expect(now.isMarked && now.handle != old.handle)
        #expect(try connection.readQuota(table: "sluice", name: "tq_compute_1d").used == 7777)
        #expect(try connection.readCounters(table: "sluice").first?.value == CounterState(packets: 5, bytes: 500))
        let blocked = try connection.readSet(table: "sluice", name: "blocked_v4").elements
        #expect(blocked.map(\.key) == [Fixtures.address("10.20.0.7")] && blocked.first?.comment == "held")
        #expect(try connection.readSet(table: "sluice", name: "hq_compute_1d_v4").elements.map(\.quotaUsed) == [4242])
        #expect(try connection.readSet(table: "sluice", name: "g_compute_v4").elements == target.sets[5].elements)
        #expect(try connection.plan(target, cache: cache).isEmpty)
    }

    @Test func anUnmarkedTableSluiceAppliedIsDeletedOnlyWithTheFlagAndItsPicture() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try Self.legacy(ns, connection, table: "old")
        let before = try ns.list("old")
        let handle = try #require(try connection.tableInfo("old")).handle
        let cache = AppliedStateCache()
        cache.store(Self.picture(Fixtures.gateway(table: "old"), handle: handle, connection))
        #expect(throws: KernelError.notOwned(table: "old")) { try connection.deleteTable("old", cache: cache) }
        #expect(try ns.list("old") == before)
        try connection.deleteTable("old", cache: cache, adoptUnmarked: true)
        #expect(try connection.tableInfo("old") == nil)
    }
}
