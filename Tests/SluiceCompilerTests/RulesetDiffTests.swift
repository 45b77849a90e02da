import Testing
import SluiceLanguage
@testable import SluiceCompiler

@Suite struct RulesetDiffTests {
    let base = try! #require(PolicyCompiler().compile(HandBuiltPolicies.hpc).compiled).ruleset

    @Test func identicalRulesetsHaveNoDifference() {
        #expect(RulesetDiff.compare(base, base).isEmpty)
        #expect(RulesetDiff.compare(base, base).render() == "")
    }

    @Test func runtimeStateIsNotADifference() throws {
        var live = base
        let i = try #require(live.sets.firstIndex { $0.name == "blocked_v4" })
        live.sets[i].elements = [SetElement(.address(HandBuiltPolicies.range("10.20.0.9")), timeout: 60_000)]
        live.quotas[0].used = 12345
        #expect(RulesetDiff.compare(live, base).isEmpty)
    }

    @Test func elementsQuotasAndRulesAreNamed() throws {
        var policy = HandBuiltPolicies.hpc
        policy.destinations[0].addresses.append(HandBuiltPolicies.range("192.0.2.128/26"))
        policy.quotas[2].spec.bytes = 300 << 30
        policy.allows.removeLast()
        let changed = try #require(PolicyCompiler().compile(policy).compiled).ruleset
        let diff = RulesetDiff.compare(base, changed)
        let text = diff.render()
        #expect(text.contains("~ set d_mirrors_v4 (destination mirrors): +1 -0 elements\n    + 192.0.2.128/26"))
        #expect(text.contains("~ quota tq_compute_1d: over 200 GiB -> over 300 GiB"))
        #expect(text.contains("~ chain egress\n    - ip saddr @g_soc_v4 ct mark set ct mark | 0x80000000 accept comment \"hand.sluice:28\""))
        #expect(diff.json().serialized().hasPrefix("{\"equal\":false,\"changes\":["))
    }

    @Test func aMissingTableMeansEverythingIsAdded() {
        let diff = RulesetDiff.compare(nil, base)
        #expect(diff.changes.count == base.sets.count + base.quotas.count + base.counters.count + base.chains.count)
    }

    @Test func changedTemplateIsADefinitionChange() throws {
        var policy = HandBuiltPolicies.hpc
        policy.quotas[0].spec.bytes = 3 << 30
        let changed = try #require(PolicyCompiler().compile(policy).compiled).ruleset
        #expect(RulesetDiff.compare(base, changed).render()
            .contains("~ set hq_compute_1d_v4 (quota 3 GiB per day per host (hand.sluice:30)): per-element quota over 2 GiB -> quota over 3 GiB"))
    }
}
