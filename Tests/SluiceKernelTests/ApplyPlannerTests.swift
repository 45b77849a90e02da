import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import Testing

/// The planner alone, without a kernel.
struct ApplyPlannerTests {
    @Test func aFirstApplyCreatesEverythingBeforeTheRules() throws {
        let plan = try ApplyPlanner.plan(live: nil, target: Fixtures.gateway())
        #expect(plan.operations.first == .addTable("sluice"))
        let firstRule = try #require(plan.operations.firstIndex { if case .addRule = $0 { return true }; return false })
        let lastCreation = try #require(plan.operations.lastIndex {
            switch $0 {
            case .addSet, .addElements, .addQuota, .addCounter, .addChain: return true
            default: return false
            }
        })
        #expect(lastCreation < firstRule)
        // Runtime sets are created empty.
        #expect(!plan.operations.contains { if case .addElements(set: "blocked_v4", _, _) = $0 { return true }; return false })
    }

    @Test func anUnchangedPolicyPlansNothing() throws {
        let live = KernelComparison.normalizedForReadBack(Fixtures.gateway())
        let plan = try ApplyPlanner.plan(live: live, target: Fixtures.gateway())
        #expect(plan.isEmpty)
        #expect(plan.summary == "table inet sluice: no changes")
    }

    @Test func recreatingAQuotaSetCarriesClampedUsageAndRefillsOnlyItsChains() throws {
        var live = KernelComparison.normalizedForReadBack(Fixtures.gateway(hostQuota: 1000))
        let index = try #require(live.sets.firstIndex { $0.name == "hq_compute_1d_v4" })
        live.sets[index].elements = [SetElement(Fixtures.address("10.20.0.1"), quotaUsed: 200),
                                     SetElement(Fixtures.address("10.20.0.2"), quotaUsed: 900)]
        let plan = try ApplyPlanner.plan(live: live, target: Fixtures.gateway(hostQuota: 500))
        #expect(plan.operations.contains(.flushChain("egress")))
        #expect(!plan.operations.contains(.flushChain("forward")))
        #expect(!plan.operations.contains(.flushChain("over_hq_compute_1d")))
        let flush = try #require(plan.operations.firstIndex(of: .flushChain("egress")))
        let delete = try #require(plan.operations.firstIndex(of: .deleteSet("hq_compute_1d_v4")))
        #expect(flush < delete)
        #expect(plan.operations.contains(.addElements(set: "hq_compute_1d_v4", elements: [
            SetElement(Fixtures.address("10.20.0.1"), quotaUsed: 200),
            SetElement(Fixtures.address("10.20.0.2"), quotaUsed: 500),
        ], initial: true)))
        #expect(plan.target.set(named: "hq_compute_1d_v4")?.elements.map(\.quotaUsed) == [200, 500])
    }

    @Test func anUndecodableLiveRuleGetsItsChainReplaced() throws {
        var live = KernelComparison.normalizedForReadBack(Fixtures.gateway())
        live.chains[2].rules.insert(.undecodable("payload cmp counter"), at: 1)
        let plan = try ApplyPlanner.plan(live: live, target: Fixtures.gateway())
        #expect(plan.operations.first == .flushChain("over_hq_compute_1d"))
        #expect(plan.operations.count == 1 + Fixtures.gateway().chain(named: "over_hq_compute_1d")!.rules.count)
    }

    @Test func runtimeElementsAreLeftAlone() throws {
        var live = KernelComparison.normalizedForReadBack(Fixtures.gateway())
        let index = try #require(live.sets.firstIndex { $0.name == "blocked_v4" })
        live.sets[index].elements = [SetElement(Fixtures.address("10.20.3.4"), timeout: 60_000)]
        var target = Fixtures.gateway()
        target.sets[index].elements = [SetElement(Fixtures.address("10.9.9.9"))]
        #expect(try ApplyPlanner.plan(live: live, target: target).isEmpty)
    }

    @Test func unsupportedRulesFailBeforeAnythingIsSent() throws {
        var target = Fixtures.gateway()
        target.chains[1].rules.append(Rule([.match(Match(.ipSaddr, .set("no_such_set"))), .verdict(.drop)]))
        #expect(throws: KernelError.self) { try ApplyPlanner.plan(live: nil, target: target) }
        var mixed = Fixtures.gateway()
        mixed.chains[1].rules.append(Rule([.match(Match(.ipSaddr, .set("g_compute_v4"))),
                                           .match(Match(.ip6Daddr, .set("g_login_v6"))), .verdict(.drop)]))
        #expect(throws: KernelError.unsupported("a rule mixing IPv4 and IPv6 fields")) {
            try ApplyPlanner.plan(live: nil, target: mixed)
        }
    }
}

/// Hosts taken out of a quota's groups: an apply drops their elements from the quota's runtime
/// sets (recreated or kept), so that a set sized to the new groups never overflows with them and
/// never keeps a place a host of the group needs.
struct ApplyPlannerBoundsTests {
    /// The gateway fixture with the quota's group narrowed to `10.20.0.0/31`.
    static func narrowed(hostQuota: UInt64 = 2_147_483_648) -> Ruleset {
        Fixtures.gateway(hostQuota: hostQuota, computeV4: ["10.20.0.0/31"])
    }

    static func live(hostQuota: UInt64 = 2_147_483_648) throws -> Ruleset {
        var live = KernelComparison.normalizedForReadBack(Fixtures.gateway(hostQuota: hostQuota))
        let hq = try #require(live.sets.firstIndex { $0.name == "hq_compute_1d_v4" })
        live.sets[hq].elements = [SetElement(Fixtures.address("10.20.0.1"), quotaUsed: 200),
                                  SetElement(Fixtures.address("10.20.0.5"), quotaUsed: 900)]
        let notified = try #require(live.sets.firstIndex { $0.name == "n_hq_compute_1d_v4" })
        live.sets[notified].elements = [SetElement(Fixtures.address("10.20.0.5"), timeout: 10_000)]
        return live
    }

    @Test func keptSetsLoseTheElementsOfHostsOutsideTheirGroups() throws {
        let plan = try ApplyPlanner.plan(live: try Self.live(), target: Self.narrowed())
        #expect(plan.operations.contains(.deleteElements(set: "hq_compute_1d_v4", elements: [SetElement(Fixtures.address("10.20.0.5"))])))
        #expect(plan.operations.contains(.deleteElements(set: "n_hq_compute_1d_v4", elements: [SetElement(Fixtures.address("10.20.0.5"))])))
        #expect(!plan.operations.contains(.deleteSet("hq_compute_1d_v4")))
        #expect(plan.target.set(named: "hq_compute_1d_v4")?.elements.map(\.quotaUsed) == [200])
        // Containment is the watcher's and the operator's: kept whatever the groups say.
        #expect(!plan.operations.contains { if case .deleteElements(set: "blocked_v4", _) = $0 { return true }; return false })
    }

    @Test func recreatedSetsCarryOnlyTheHostsStillInTheirGroups() throws {
        let plan = try ApplyPlanner.plan(live: try Self.live(hostQuota: 1000), target: Self.narrowed(hostQuota: 500))
        #expect(plan.operations.contains(.deleteSet("hq_compute_1d_v4")))
        #expect(plan.operations.contains(.addElements(set: "hq_compute_1d_v4", elements: [
            SetElement(Fixtures.address("10.20.0.1"), quotaUsed: 200),
        ], initial: true)))
    }

    @Test func unchangedGroupsKeepEveryElement() throws {
        let plan = try ApplyPlanner.plan(live: try Self.live(), target: Fixtures.gateway())
        #expect(plan.isEmpty)
    }
}
