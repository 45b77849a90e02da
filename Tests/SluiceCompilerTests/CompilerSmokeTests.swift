import Foundation
import Testing
import SluiceLanguage
@testable import SluiceCompiler

@Suite struct CompilerSmokeTests {
    @Test func compilesTheSpecExample() throws {
        let result = PolicyCompiler().compile(HandBuiltPolicies.hpc)
        let compiled = try #require(result.compiled)
        let text = NFTRenderer.render(compiled.ruleset)
        try text.write(toFile: "/tmp/hpc.nft", atomically: true, encoding: .utf8)
        #expect(text.contains("set g_compute_v4"))
        #expect(NFTRenderer.render(PolicyCompiler().compile(HandBuiltPolicies.hpc).compiled!.ruleset) == text)
        let node = try #require(PolicyCompiler().compile(HandBuiltPolicies.node).compiled)
        try NFTRenderer.render(node.ruleset).write(toFile: "/tmp/node.nft", atomically: true, encoding: .utf8)
        try NFTJSONRenderer.render(compiled.ruleset).write(toFile: "/tmp/hpc.jnft", atomically: true, encoding: .utf8)
    }
}

@Suite struct EvaluatorSmokeTests {
    @Test func specExpectationsHold() throws {
        let compiled = try #require(PolicyCompiler().compile(HandBuiltPolicies.hpc).compiled)
        #expect(ExpectationChecker.check(compiled).isEmpty)
        let eval = FlowEvaluator(compiled)
        let a = HandBuiltPolicies.address
        let r = eval.evaluate(FlowQuery(source: .address(a("10.20.3.4")), destination: a("192.0.2.10"),
                                        ports: [PortSpec(.tcp, ports: 443...443)]))
        #expect(r.summary == .allow)
        #expect(r.slices.first?.outcome.quotas == ["hq_compute_1d", "tq_compute_1d"])
        #expect(r.slices.first?.outcome.rule?.origin?.line == 25)
        let all = eval.evaluate(FlowQuery(source: .address(a("10.20.3.4")), destination: a("192.0.2.10")))
        #expect(all.summary == .partial)
        print(all.slices.map { "\($0): \($0.outcome.verdict) \($0.outcome.rule?.origin?.line ?? 0)" })
        let soc = eval.evaluate(FlowQuery(source: .address(a("10.0.0.3")), destination: a("203.0.113.5")))
        #expect(soc.summary == .allow)
        let wrong = eval.evaluate(FlowQuery(source: .address(a("10.30.0.12")), destination: a("198.51.100.7"),
                                            ports: [PortSpec(.tcp, ports: 50000...50010)]))
        #expect(wrong.summary == .allow)
        #expect(wrong.slices.first?.outcome.quotas == ["aq_dtn_partners_30d"])
    }
}
