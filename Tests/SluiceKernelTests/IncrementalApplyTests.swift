import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import Testing

@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct IncrementalApplyTests {
    /// Plans against the live table and applies with the generation the plan was read at.
    @discardableResult
    static func apply(_ ruleset: Ruleset, _ connection: NetfilterConnection) throws -> ApplyPlan {
        let plan = try connection.plan(ruleset)
        try connection.apply(plan, expectedGeneration: plan.generation)
        return plan
    }

    @Test func oneChangedElementIsTheWholePlan() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let fresh = try TestNamespace()
        defer { fresh.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try Self.apply(Fixtures.gateway(computeV4: ["10.20.0.0/16", "10.40.0.0/24"]), connection)

        let changed = Fixtures.gateway(computeV4: ["10.20.0.0/16", "10.41.0.0/24"])
        let plan = try connection.plan(changed)
        #expect(plan.operations == [
            .deleteElements(set: "g_compute_v4", elements: [SetElement(Fixtures.address("10.40.0.0/24"))]),
            .addElements(set: "g_compute_v4", elements: [SetElement(Fixtures.address("10.41.0.0/24"))], initial: false),
        ])
        try connection.apply(plan, expectedGeneration: plan.generation)
        #expect(try connection.plan(changed).isEmpty)

        // The result is what a fresh load of the new policy gives, down to the kernel's encoding.
        try fresh.load(KernelComparison.asListedBySluice(TestRenderer.render(changed)))
        #expect(try ns.list() == fresh.list())
        #expect(try RawKernelObjects.dump(connection, table: "sluice")
                == RawKernelObjects.dump(NetfilterConnection(namespace: fresh.namespace), table: "sluice"))
    }

    @Test func replacingAPrefixByAnOverlappingOneWorksInOneTransaction() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try Self.apply(Fixtures.gateway(computeV4: ["10.20.0.0/16"]), connection)
        let wider = Fixtures.gateway(computeV4: ["10.20.0.0/15"])
        try Self.apply(wider, connection)
        let back = try #require(try connection.readTable("sluice"))
        #expect(back.set(named: "g_compute_v4")?.elements == [SetElement(Fixtures.address("10.20.0.0/15"))])
        let narrower = Fixtures.gateway(computeV4: ["10.20.0.0/17", "10.21.0.0/16"])
        try Self.apply(narrower, connection)
        #expect(try connection.readTable("sluice")?.set(named: "g_compute_v4")?.elements
                == narrower.set(named: "g_compute_v4")?.elements)
    }

    @Test func perHostUsageSurvivesAQuotaLimitChange() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try Self.apply(Fixtures.gateway(hostQuota: 1_000_000), connection)
        let hosts = [
            SetElement(Fixtures.address("10.20.0.1"), quotaUsed: 300_000),
            SetElement(Fixtures.address("10.20.0.2"), quotaUsed: 900_000),
        ]
        try connection.addElements(hosts, table: "sluice", set: "hq_compute_1d_v4")
        #expect(try connection.readSet(table: "sluice", name: "hq_compute_1d_v4").elements.map(\.quotaUsed)
                == [300_000, 900_000])

        // A lower limit recreates the set (the template changed); usage comes along, clamped.
        let lower = Fixtures.gateway(hostQuota: 500_000)
        let plan = try connection.plan(lower)
        #expect(plan.operations.contains(.deleteSet("hq_compute_1d_v4")))
        #expect(plan.summary.contains("2 elements carried over"))
        try connection.apply(plan, expectedGeneration: plan.generation)
        let after = try connection.readSet(table: "sluice", name: "hq_compute_1d_v4")
        #expect(after.stateful == .quotaOver(bytes: 500_000))
        #expect(after.elements.map(\.key) == hosts.map(\.key))
        #expect(after.elements.map(\.quotaUsed) == [300_000, 500_000])
        // The rules using the set were re-added, in order.
        #expect(try connection.readTable("sluice")?.chains.map(\.rules.count) == lower.chains.map(\.rules.count))
    }

    @Test func containmentSurvivesAppliesAndRecreation() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try Self.apply(Fixtures.gateway(), connection)
        let contained = SetElement(Fixtures.address("10.20.3.4"), timeout: 3_600_000, comment: "quota hq_compute_1d")
        try connection.addElements([contained], table: "sluice", set: "blocked_v4")

        // A policy change that flushes chains and changes elements leaves the element alone.
        var changed = Fixtures.gateway(computeV4: ["10.20.0.0/16", "10.50.0.0/16"])
        changed.chains[1].rules.removeLast()
        let plan = try Self.apply(changed, connection)
        #expect(!plan.isEmpty)
        var blocked = try connection.readSet(table: "sluice", name: "blocked_v4").elements
        #expect(blocked.map(\.key) == [contained.key])
        #expect(blocked.first?.timeout == 3_600_000)
        #expect(blocked.first?.comment == "quota hq_compute_1d")

        // Recreating the set (its comment changed) carries the element over with its time left.
        changed.sets[1].comment = "hosts blocked by the watcher"
        let recreate = try connection.plan(changed)
        #expect(recreate.operations.contains(.deleteSet("blocked_v4")))
        try connection.apply(recreate, expectedGeneration: recreate.generation)
        blocked = try connection.readSet(table: "sluice", name: "blocked_v4").elements
        #expect(blocked.map(\.key) == [contained.key])
        #expect(blocked.first?.comment == "quota hq_compute_1d")
        let expires = try #require(blocked.first?.expires)
        #expect(expires > 3_500_000 && expires <= 3_600_000)
    }

    @Test func quotaLimitChangeKeepsUsedBytes() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try Self.apply(Fixtures.host(), connection)
        #expect(try connection.readQuota(table: "sluice", name: "hq_self_1h").used == 1234)
        var raised = Fixtures.host()
        raised.quotas[0].bytes = 2_000_000
        raised.quotas[0].used = 0  // what the compiler emits: the kernel's used bytes must win
        let plan = try connection.plan(raised)
        #expect(plan.operations == [.updateQuota(QuotaObject(name: "hq_self_1h", bytes: 2_000_000, used: 1234,
                                                              comment: "hpc.sluice:40"))])
        try connection.apply(plan, expectedGeneration: plan.generation)
        let quota = try connection.readQuota(table: "sluice", name: "hq_self_1h")
        #expect(quota.bytes == 2_000_000)
        #expect(quota.used == 1234)
    }

    @Test func restoringAQuotaObjectRecreatesItWithItsChains() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        let ruleset = Fixtures.gateway()
        try Self.apply(ruleset, connection)
        let before = try #require(try connection.readTable("sluice"))
        let plan = try connection.restoreQuotaUsage(table: "sluice", name: "tq_compute_1d", used: 5_000_000)
        #expect(plan.operations.contains(.flushChain("egress")))
        #expect(plan.operations.contains(.deleteQuota("tq_compute_1d")))
        #expect(!plan.operations.contains(.flushChain("forward")))
        #expect(try connection.readQuota(table: "sluice", name: "tq_compute_1d").used == 5_000_000)
        // Apart from the used bytes, nothing changed: same rules in the same order.
        var after = try #require(try connection.readTable("sluice"))
        after.quotas[0].used = 0
        #expect(after == before)
        #expect(try connection.plan(ruleset).isEmpty)
    }

    @Test func restoringPerHostUsageReplacesElements() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try Self.apply(Fixtures.gateway(hostQuota: 1_000_000), connection)
        try connection.addElements([SetElement(Fixtures.address("10.20.0.9"), quotaUsed: 10)],
                                   table: "sluice", set: "hq_compute_1d_v4")
        try connection.restoreElementUsage([SetElement(Fixtures.address("10.20.0.9"), quotaUsed: 777_000),
                                            SetElement(Fixtures.address("10.20.0.10"), quotaUsed: 5_000_000)],
                                           table: "sluice", set: "hq_compute_1d_v4")
        let elements = try connection.readSet(table: "sluice", name: "hq_compute_1d_v4").elements
        #expect(elements.map(\.quotaUsed) == [777_000, 1_000_000])
    }

    @Test func chainPolicyHookAndRemovedObjects() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let fresh = try TestNamespace()
        defer { fresh.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try Self.apply(Fixtures.gateway(), connection)

        var target = Fixtures.gateway()
        target.chains[0].hook?.policy = .drop
        let policyOnly = try connection.plan(target)
        #expect(policyOnly.operations == [.updateChain(Chain(name: "forward", hook: ChainHook(hook: .forward, policy: .drop)))])
        try connection.apply(policyOnly, expectedGeneration: policyOnly.generation)
        #expect(try connection.readTable("sluice")?.chain(named: "forward")?.hook?.policy == .drop)

        // A new priority recreates the chain; a set, a counter and a chain no longer used go away
        // after the rules that used them.
        target.chains[0].hook?.priority = -5
        target.sets.removeAll { $0.name == "d_mirrors_v4" }
        target.chains[1].rules.removeAll { rule in
            rule.statements.contains(.match(Match(.ipDaddr, .set("d_mirrors_v4"))))
        }
        target.counters = []
        target.chains[1].rules.removeLast()
        target.chains[1].rules.append(Rule([.verdict(.drop)]))
        let plan = try connection.plan(target)
        #expect(plan.operations.firstIndex(of: .flushChain("egress")).map { flush in
            plan.operations.firstIndex(of: .deleteSet("d_mirrors_v4")).map { flush < $0 } ?? false } == true)
        #expect(plan.operations.contains(.deleteCounter("denied")))
        #expect(plan.operations.contains(.deleteChain("forward")))
        try connection.apply(plan, expectedGeneration: plan.generation)
        try fresh.load(TestRenderer.render(target))
        // A recreated chain comes last in the kernel's list, so compare by name.
        func byName(_ r: Ruleset?) -> Ruleset? {
            guard var r else { return nil }
            r.chains.sort { $0.name < $1.name }
            r.sets.sort { $0.name < $1.name }
            return r
        }
        #expect(byName(try connection.readTable("sluice"))
                == byName(try NetfilterConnection(namespace: fresh.namespace).readTable("sluice")))
        #expect(try connection.plan(target).isEmpty)
    }
}
