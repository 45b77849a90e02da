import SluiceLanguage
import Testing
@testable import SluiceCompiler

/// What `explain` prints beside the verdict: the quotas a flow counts against, the same in its
/// text as in its JSON and in the kernel, which counts a host's packets before deciding them.
@Suite struct FlowExplainerTests {
    static let policy = """
        policy t {
          egress "wan0"
          management soc
        }
        group soc 10.0.0.0/28
        group lab 10.1.0.0/24, fd00:1::/64
        destination web 192.0.2.5, 2001:db8::5
        allow lab to web on tcp/80
        allow soc to any
        quota lab 100 MiB per hour per host

        """

    func explain(_ source: String, _ destination: String, _ ports: [PortSpec]) throws -> (text: String, json: String) {
        let result = PolicyLoader(fileSystem: InMemoryFileSystem(["t.sluice": Self.policy])).load(path: "t.sluice")
        let policy = try #require(result.policy)
        let compiled = try #require(PolicyCompiler().compile(policy).compiled)
        let query = FlowQuery(source: .address(try #require(IPAddress(source))),
                              destination: try #require(IPAddress(destination)), ports: ports)
        let outcome = FlowEvaluator(compiled).evaluate(query)
        let explainer = FlowExplainer(policy, compiled)
        return (explainer.text(query, outcome), explainer.json(query, outcome).serialized())
    }

    @Test("a denied flow lists the quotas its packets are counted against, in text as in JSON")
    func deniedFlowsCount() throws {
        for (destination, ports) in [("203.0.113.9", [PortSpec(.udp, ports: 54...54)]),
                                     ("192.0.2.5", [PortSpec(.udp, ports: 54...54)]),
                                     ("2001:db8::9", [PortSpec(.icmpv6)])] {
            let source = destination.contains(":") ? "fd00:1::4" : "10.1.0.4"
            let (text, json) = try explain(source, destination, ports)
            #expect(text.hasPrefix("deny\n"), "\(text)")
            #expect(text.contains("quotas:\n  hq_lab_1h: 100 MiB per hour per host (t.sluice:10)"), "\(text)")
            #expect(text.contains("note: denied packets count against these quotas too"), "\(text)")
            #expect(json.contains("hq_lab_1h"), "\(json)")
        }
    }

    @Test("an allowed flow lists its quotas without the note; a host in no quota has none")
    func allowedAndUnbudgeted() throws {
        let allowed = try explain("10.1.0.4", "192.0.2.5", [PortSpec(.tcp, ports: 80...80)]).text
        #expect(allowed.hasPrefix("allow\n") && allowed.contains("  hq_lab_1h: "), "\(allowed)")
        #expect(!allowed.contains("note: denied packets"), "\(allowed)")
        let soc = try explain("10.0.0.2", "203.0.113.9", [PortSpec(.udp, ports: 54...54)]).text
        #expect(soc.contains("quotas: none"), "\(soc)")
    }
}
