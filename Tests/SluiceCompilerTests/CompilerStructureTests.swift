import Testing
import SluiceLanguage
@testable import SluiceCompiler

@Suite struct CompilerStructureTests {
    let hpc = PolicyCompiler().compile(HandBuiltPolicies.hpc).compiled
    let node = PolicyCompiler().compile(HandBuiltPolicies.node).compiled

    private func egress(_ c: CompiledPolicy?) throws -> [Rule] {
        try #require(c?.ruleset.chain(named: "egress")).rules
    }

    @Test func quotasAreCountedBeforeTheEstablishedAccept() throws {
        let rules = try egress(hpc)
        let established = try #require(rules.firstIndex {
            $0.statements.contains(.match(Match(.ctState, .ctState(.established))))
        })
        let accounting = rules.indices.filter { i in
            rules[i].statements.contains { if case .update = $0 { true } else if case .quota = $0 { true } else { false } }
        }
        #expect(!accounting.isEmpty)
        #expect(accounting.allSatisfy { $0 < established })
    }

    @Test func theLastRuleDropsAndCountsDenied() throws {
        let last = try #require(try egress(hpc).last)
        #expect(last.statements == [.counter(name: "denied"), .verdict(.drop)])
        #expect(last.origin?.line == 3)
        #expect(hpc?.ruleset.chain(named: "forward")?.hook == ChainHook(hook: .forward, priority: 0, policy: .accept))
    }

    @Test func perHostQuotaIsADynamicSetSizedToTheGroupAndFailsClosed() throws {
        let compiled = try #require(hpc)
        let set = try #require(compiled.ruleset.set(named: "hq_compute_1d_v4"))
        #expect(set.flags == .dynamic)
        #expect(set.size == 65_536)
        #expect(set.stateful == .quotaOver(bytes: 2 << 30))
        #expect(set.runtimeElements)
        #expect(set.elements.isEmpty)
        let rules = try egress(hpc)
        #expect(rules.contains { rule in
            rule.statements == [.match(Match(.ipSaddr, .set("g_compute_v4"))),
                                .match(Match(.ipSaddr, .set("hq_compute_1d_v4"), negated: true)),
                                .match(Match(.ipDaddr, .set("g_soc_v4"), negated: true)), .verdict(.drop)]
        })
        let binding = try #require(compiled.quotas.first { $0.id == "hq_compute_1d" })
        #expect(binding.scope == .perHost && binding.accounting == .hostSets(v4: "hq_compute_1d_v4", v6: nil))
        #expect(binding.window == 86_400 && binding.groups == ["compute"])
        #expect(binding.nflogPrefix == "sluice-quota sluice hq_compute_1d")
    }

    @Test func totalQuotaIsANamedObjectWithAttribution() throws {
        let compiled = try #require(hpc)
        #expect(compiled.ruleset.quota(named: "tq_compute_1d")?.bytes == 200 << 30)
        let binding = try #require(compiled.quotas.first { $0.id == "tq_compute_1d" })
        #expect(binding.accounting == .total(object: "tq_compute_1d", contributorsV4: "tq_compute_1d_v4", contributorsV6: nil))
        #expect(compiled.ruleset.set(named: "tq_compute_1d_v4")?.stateful == .counter)
    }

    @Test func inlineQuotaCountsOnlyItsRulesTraffic() throws {
        let rules = try egress(hpc)
        let counting = try #require(rules.first { r in r.statements.contains { s in
            if case .update(let u) = s { u.set == "aq_dtn_partners_30d_v4" } else { false }
        } })
        #expect(counting.statements.prefix(3) == [
            .match(Match(.ipSaddr, .set("g_dtn_v4"))), .match(Match(.ipDaddr, .set("d_partners_v4"))),
            .match(Match(.tcpDport, .set("s_gridftp_tcp"))),
        ])
        #expect(hpc?.quotas.first { $0.id == "aq_dtn_partners_30d" }?.inline == true)
    }

    @Test func unionsAndSetsAreSharedAndNormalized() throws {
        let compiled = try #require(hpc)
        let union = try #require(compiled.ruleset.set(named: "u_compute.login_v4"))
        #expect(union.elements.map(\.key) == [
            .address(HandBuiltPolicies.range("10.10.1.0/24")), .address(HandBuiltPolicies.range("10.10.2.5")),
            .address(HandBuiltPolicies.range("10.20.0.0/16")),
        ])
        let names = compiled.ruleset.sets.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(compiled.ruleset.set(named: "s_gridftp_tcp")?.elements.map(\.key) == [.ports(2811...2811), .ports(50000...51000)])
    }

    @Test func containmentSetsAlwaysExistAndIsolationSparesManagement() throws {
        let compiled = try #require(hpc)
        for name in ["blocked_v4", "blocked_v6", "isolated_v4", "isolated_v6"] {
            let set = try #require(compiled.ruleset.set(named: name))
            #expect(set.flags == .timeout && set.runtimeElements)
        }
        let forward = try #require(compiled.ruleset.chain(named: "forward")).rules
        // First, connections opened from inside are marked (ConnectionMarks).
        #expect(forward.first?.statements == [.match(Match(.ctState, .ctState(.new))),
                                              .match(Match(.iifname, .set("egress_if"), negated: true)),
                                              .setCtMarkBits(1 << 15)])
        #expect(forward[1].statements == [.match(Match(.ipSaddr, .set("isolated_v4"))),
                                              .match(Match(.ipDaddr, .set("g_soc_v4"), negated: true)), .verdict(.drop)])
        #expect(forward.last?.statements == [.match(Match(.oifname, .set("egress_if"))), .verdict(.jump("egress"))])
        #expect(compiled.containment.isolatedV4 == "isolated_v4" && compiled.containment.blockedSelf == nil)
    }

    @Test func hostModeUsesOutputLoopbackAndSelfSets() throws {
        let compiled = try #require(node)
        let output = try #require(compiled.ruleset.chain(named: "output"))
        #expect(output.hook?.hook == .output)
        #expect(output.rules.first?.statements == [.match(Match(.ctState, .ctState(.new))), .setCtMarkBits(1 << 15)])
        #expect(output.rules[1].statements == [.match(Match(.oifname, .ifname("lo"))), .verdict(.accept)])
        #expect(output.rules[2].statements == [.match(Match(.l4proto, .l4proto(58))),
                                               .match(Match(.ctState, .ctState(.untracked))), .verdict(.accept)])
        #expect(output.rules.last?.statements == [.verdict(.jump("egress"))])
        #expect(compiled.containment.blockedSelf == "blocked_self")
        #expect(compiled.ruleset.set(named: "isolated_self")?.keyType == .nfproto)
        // One host: a per-host quota of self is a named quota object, announced when spent.
        #expect(compiled.ruleset.quota(named: "hq_self_1d")?.bytes == 1 << 30)
        #expect(compiled.quotas.first?.accounting == .machine(object: "hq_self_1d"))
        // icmp only pairs with IPv4 targets.
        let rules = try egress(node)
        #expect(rules.contains { $0.statements == [.match(Match(.ipDaddr, .set("d_mirrors_v4"))),
                                                    .match(Match(.l4proto, .l4proto(1))), .setCtMarkBits(1 << 31),
                                                    .verdict(.accept)] })
    }

    @Test func hugeGroupsCapTrackedHostsWithAWarning() throws {
        var policy = HandBuiltPolicies.hpc
        policy.groups[0].addresses = [HandBuiltPolicies.range("10.0.0.0/8")]
        policy.groups[3].addresses = [HandBuiltPolicies.range("192.168.0.0/28")]
        let result = PolicyCompiler().compile(policy)
        #expect(result.compiled?.ruleset.set(named: "hq_compute_1d_v4")?.size == 65_536)
        let warning = result.diagnostics.first { $0.id == .hostLimit }
        #expect(warning?.location.line == 30 && warning?.severity == .warning)
        #expect(warning?.message.hasSuffix("hosts past the limit are denied egress") == true)
        // A warn quota drops nothing, not even past the limit: the warning says what does happen.
        policy.quotas[0].spec.alertOnly = true
        let warned = PolicyCompiler().compile(policy).diagnostics.first { $0.id == .hostLimit }
        #expect(warned?.message.hasSuffix("hosts past the limit are not tracked, and never warned about") == true)
    }

    @Test func compilationIsDeterministic() throws {
        let a = NFTRenderer.render(try #require(PolicyCompiler().compile(HandBuiltPolicies.hpc).compiled).ruleset)
        let b = NFTRenderer.render(try #require(PolicyCompiler().compile(HandBuiltPolicies.hpc).compiled).ruleset)
        #expect(a == b)
        let other = try #require(PolicyCompiler(table: "edge").compile(HandBuiltPolicies.hpc).compiled)
        #expect(NFTRenderer.render(other.ruleset).hasPrefix("table inet edge {"))
        #expect(other.quotas.first?.nflogPrefix == "sluice-quota edge hq_compute_1d")
    }
}
