import Testing
import SluiceLanguage
@testable import SluiceCompiler

@Suite struct FlowEvaluatorTests {
    let compiled = PolicyCompiler().compile(HandBuiltPolicies.hpc).compiled
    let a = HandBuiltPolicies.address

    private func eval(_ src: String, _ dst: String, _ ports: [PortSpec]? = nil) throws -> FlowResult {
        FlowEvaluator(try #require(compiled)).evaluate(FlowQuery(source: .address(a(src)), destination: a(dst), ports: ports))
    }

    @Test func theSpecExpectationsHold() throws {
        #expect(ExpectationChecker.check(HandBuiltPolicies.hpc, try #require(compiled)).isEmpty)
    }

    @Test func allowedFlowNamesItsRuleAndQuotas() throws {
        let r = try eval("10.20.3.4", "192.0.2.10", [PortSpec(.tcp, ports: 443...443)])
        #expect(r.summary == .allow)
        #expect(r.slices.first?.outcome.rule?.origin?.line == 25)
        #expect(r.slices.first?.outcome.quotas == ["hq_compute_1d", "tq_compute_1d"])
    }

    @Test func ipv6FlowsUseTheIPv6Rules() throws {
        let r = try eval("2001:db8:10::7", "2001:db8:100::80", [PortSpec(.tcp, ports: 80...80)])
        #expect(r.summary == .allow)
        #expect(r.slices.first?.outcome.quotas == ["hq_login_1h"])
        #expect(try eval("2001:db8:10::7", "2001:db8:200::1", [PortSpec(.tcp, ports: 80...80)]).summary == .deny)
    }

    @Test func sourcesOutsideEveryGroupAreDeniedByTheDefault() throws {
        let r = try eval("10.99.0.1", "192.0.2.123", [PortSpec(.udp, ports: 123...123)])
        #expect(r.summary == .deny)
        #expect(r.slices.first?.outcome.rule?.origin?.line == 3)
        #expect(r.slices.first?.outcome.quotas == [])
    }

    @Test func withoutPortsTheFlowIsSplitIntoSlices() throws {
        let r = try eval("10.20.3.4", "192.0.2.10")
        #expect(r.summary == .partial)
        #expect(r.verdict == .deny)
        #expect(r.slices.map(\.description) == ["tcp/1-79", "tcp/80", "tcp/81-442", "tcp/443", "tcp/444-65535",
                                                "udp/1-65535", "icmp", "other protocols"])
        #expect(try eval("10.0.0.3", "203.0.113.5").summary == .allow)
    }

    @Test func containmentInTheRulesetIsHonoured() throws {
        var c = try #require(compiled)
        let i = try #require(c.ruleset.sets.firstIndex { $0.name == "isolated_v4" })
        c.ruleset.sets[i].elements = [SetElement(.address(AddressRange(a("10.20.3.4"))))]
        let eval = FlowEvaluator(c)
        let blocked = eval.evaluate(FlowQuery(source: .address(a("10.20.3.4")), destination: a("192.0.2.10"),
                                              ports: [PortSpec(.tcp, ports: 443...443)]))
        #expect(blocked.summary == .deny)
        #expect(blocked.slices.first?.outcome.rule?.origin == nil)
        // The management group still reaches the isolated host.
        let soc = eval.evaluate(FlowQuery(source: .address(a("10.0.0.2")), destination: a("10.20.3.4"),
                                          ports: [PortSpec(.tcp, ports: 22...22)]))
        #expect(soc.summary == .allow)
    }

    @Test func failedExpectationPointsAtTheDecidingRule() throws {
        var policy = HandBuiltPolicies.hpc
        policy.expectations = [Expectation(verdict: .deny, source: .address(a("10.20.3.4")), destination: a("192.0.2.10"),
                                           port: .port(PortSpec(.tcp, ports: 443...443)), location: HandBuiltPolicies.loc(50, 1))]
        let diags = ExpectationChecker.check(policy, try #require(PolicyCompiler().compile(policy).compiled))
        #expect(diags.count == 1)
        #expect(diags.first?.id == .expectFailed && diags.first?.location.line == 50)
        #expect(diags.first?.message == "expectation failed: 10.20.3.4 to 192.0.2.10 on tcp/443 is allowed")
        #expect(diags.first?.notes.first?.location?.line == 25)
    }

    @Test func hostModeSelfFlows() throws {
        let node = try #require(PolicyCompiler().compile(HandBuiltPolicies.node).compiled)
        let eval = FlowEvaluator(node)
        let ok = eval.evaluate(FlowQuery(source: .machine, destination: a("192.0.2.9"), ports: [PortSpec(.tcp, ports: 443...443)]))
        #expect(ok.summary == .allow && ok.slices.first?.outcome.quotas == ["hq_self_1d"])
        let icmp6 = eval.evaluate(FlowQuery(source: .machine, destination: a("2001:db8:100::1"), ports: [PortSpec(.icmpv6)]))
        #expect(icmp6.summary == .deny)
    }
}
