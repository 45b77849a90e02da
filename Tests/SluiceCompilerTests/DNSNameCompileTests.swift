import Foundation
import SluiceLanguage
import Testing
@testable import SluiceCompiler

/// What destinations by DNS name compile to: learned sets with timeouts per destination and
/// family, matched by the destination's allows beside its written addresses, and the contract
/// the watcher reads (servers, bounds, names, sets).
@Suite struct DNSNameCompileTests {
    static let policy = """
        policy t {
          egress "wan0"
          management soc
          dns 192.0.2.53
          dns ttl at least 10s
        }
        group compute 10.20.0.0/16, fd00:20::/64
        group soc     10.0.0.0/28
        destination pypi "pypi.org", "*.pythonhosted.org"
        destination both "both.example", 192.0.2.0/26
        destination spare "spare.example"
        destination plain 198.51.100.0/24
        allow compute to pypi, plain on tcp/443
        allow compute to both on tcp/22

        """

    @Test("destinations with names compile without a diagnostic: the queue rule, the apply and the watcher admit them")
    func namesCompileCleanly() throws {
        let result = PolicyLoader(fileSystem: InMemoryFileSystem(["t.sluice": Self.policy])).load(path: "t.sluice")
        let policy = try #require(result.policy)
        let compiled = PolicyCompiler(table: "sluice").compile(policy)
        #expect(compiled.compiled?.dns?.destinations.map(\.destination) == ["pypi", "both", "spare"])
        #expect(compiled.diagnostics.isEmpty, "\(compiled.diagnostics.map(\.message))")
    }

    @Test("each destination with names gets learned sets per family, with timeouts and runtime elements")
    func learnedSets() throws {
        let compiled = try AuditCompileTests.compile(Self.policy)
        for name in ["dn_pypi_v4", "dn_pypi_v6", "dn_both_v4", "dn_both_v6", "dn_spare_v4", "dn_spare_v6"] {
            let set = try #require(compiled.ruleset.sets.first { $0.name == name }, "\(name)")
            #expect(set.flags == .timeout && set.runtimeElements && set.elements.isEmpty)
            #expect(set.size == DNSBinding.learnedSetSize)
        }
        #expect(!compiled.ruleset.sets.contains { $0.name.hasPrefix("dn_plain") })
    }

    @Test("allows match the learned sets in both families, beside the written addresses")
    func rules() throws {
        let text = NFTRenderer.render(try AuditCompileTests.compile(Self.policy).ruleset)
        #expect(text.contains("ip saddr @g_compute_v4 ip daddr @dn_pypi_v4 tcp dport"))
        #expect(text.contains("ip6 saddr @g_compute_v6 ip6 daddr @dn_pypi_v6 tcp dport"))
        #expect(text.contains("ip saddr @g_compute_v4 ip daddr @t_plain.pypi_v4 tcp dport"))
        #expect(text.contains("ip saddr @g_compute_v4 ip daddr @d_both_v4 tcp dport"))
        #expect(text.contains("ip saddr @g_compute_v4 ip daddr @dn_both_v4 tcp dport"))
        // The learned sets only ever appear in accepts of their allows.
        for line in text.split(separator: "\n") where line.contains("@dn_") {
            #expect(line.contains("accept"), "\(line)")
        }
    }

    @Test("the contract names the servers, bounds, names and sets; it survives the codec")
    func contract() throws {
        let compiled = try AuditCompileTests.compile(Self.policy)
        let dns = try #require(compiled.dns)
        #expect(dns.servers.map(\.description) == ["192.0.2.53"])
        #expect(dns.ttlFloor == 10 && dns.addressesPerName == 256)
        #expect(dns.destinations.map(\.destination) == ["pypi", "both", "spare"])
        #expect(dns.destinations(admitting: "files.pythonhosted.org").map(\.v4Set) == ["dn_pypi_v4"])
        #expect(dns.destinations(admitting: "pythonhosted.org").isEmpty)
        #expect(dns.trusts(try #require(IPAddress("::ffff:192.0.2.53"))))
        #expect(!dns.trusts(try #require(IPAddress("192.0.2.54"))))
        let back = try CompiledPolicyCodec.decode(try CompiledPolicyCodec.encode(compiled))
        #expect(back == compiled)
    }

    @Test("the contract names the groups whose allows target each destination, sorted; `any` is every group; none for an unused one")
    func groups() throws {
        let dns = try #require(try AuditCompileTests.compile(Self.policy).dns)
        #expect(dns.destinations.map(\.groups) == [["compute"], ["compute"], []])
        let more = try #require(try AuditCompileTests.compile(Self.policy + """
            group lab 10.30.0.0/16
            allow any to spare on tcp/22
            allow lab, compute to both on tcp/443

            """).dns)
        #expect(more.destinations.map(\.groups) == [["compute"], ["compute", "lab"], ["compute", "lab", "soc"]])
        #expect(more.destinations[1].isReachable(byAnyOf: ["soc", "lab"]) && !more.destinations[0].isReachable(byAnyOf: ["lab"]))
    }

    @Test("a binding stored before it named groups decodes without them, and then counts as anyone's")
    func storedWithoutGroups() throws {
        let json = #"{"destination":"pypi","names":["pypi.org"],"v4Set":"dn_pypi_v4","v6Set":"dn_pypi_v6"}"#
        let binding = try JSONDecoder().decode(NameBinding.self, from: Data(json.utf8))
        #expect(binding.groups == nil && binding.isReachable(byAnyOf: []))
        let encoded = String(decoding: try JSONEncoder().encode(NameBinding(destination: "d", names: [], v4Set: "a", v6Set: "b",
                                                                            groups: ["g"])), as: UTF8.self)
        #expect(encoded.contains(#""groups":["g"]"#))
    }

    @Test("a policy without names has no dns contract and no learned sets")
    func noNames() throws {
        let compiled = try AuditCompileTests.compile(AuditCompileTests.gateway)
        #expect(compiled.dns == nil)
        #expect(!compiled.ruleset.sets.contains { $0.name.hasPrefix("dn_") })
    }

    @Test("the evaluator admits a flow to a name only through its destination's learned sets")
    func evaluator() throws {
        let compiled = try AuditCompileTests.compile(Self.policy)
        let evaluator = FlowEvaluator(compiled)
        let source = FlowSource.address(try #require(IPAddress("10.20.0.5")))
        let https = [PortSpec(.tcp, ports: 443...443)]
        func verdict(_ name: String, _ ports: [PortSpec]) throws -> FlowResult.Summary {
            let pattern = try #require(DomainPattern(name))
            return evaluator.evaluate(FlowQuery.toName(pattern, family: .ipv4, source: source, ports: ports, compiled)).summary
        }
        #expect(try verdict("pypi.org", https) == .allow)
        #expect(try verdict("a.b.pythonhosted.org", https) == .allow)
        #expect(try verdict("pythonhosted.org", https) == .deny)
        #expect(try verdict("both.example", https) == .deny)
        #expect(try verdict("both.example", [PortSpec(.tcp, ports: 22...22)]) == .allow)
        // The same placeholder address without the learned sets: nothing admits it.
        let placeholder = Expectation.namePlaceholder(.ipv4)
        #expect(evaluator.evaluate(FlowQuery(source: source, destination: placeholder, ports: https)).summary == .deny)
    }

    @Test("explain says a name's flow goes to an address learned for it, in text and JSON")
    func explain() throws {
        let result = PolicyLoader(fileSystem: InMemoryFileSystem(["t.sluice": Self.policy])).load(path: "t.sluice")
        let policy = try #require(result.policy)
        let compiled = try #require(PolicyCompiler().compile(policy).compiled)
        let query = FlowQuery.toName(try #require(DomainPattern("pypi.org")), family: .ipv4,
                                     source: .address(try #require(IPAddress("10.20.0.5"))),
                                     ports: [PortSpec(.tcp, ports: 443...443)], compiled)
        let outcome = FlowEvaluator(compiled).evaluate(query)
        let explainer = FlowExplainer(policy, compiled)
        #expect(explainer.text(query, outcome).hasPrefix("allow\nflow: 10.20.0.5 to \"pypi.org\" (an address learned for it) on tcp/443\n"))
        #expect(explainer.json(query, outcome).pretty().contains("\"destination\": \"pypi.org\""))
    }

    @Test("expect lines naming a destination by name are checked, and fail at the line")
    func expectations() throws {
        let text = Self.policy + """
            expect allow 10.20.0.5 to "pypi.org" on tcp/443
            expect deny fd00:20::5 to "x.pythonhosted.org" on tcp/443
            """
        let result = PolicyLoader(fileSystem: InMemoryFileSystem(["t.sluice": text])).load(path: "t.sluice")
        let policy = try #require(result.policy)
        let compiled = try #require(PolicyCompiler().compile(policy).compiled)
        let failures = ExpectationChecker.check(policy, compiled)
        #expect(failures.map(\.location.line) == [16])
        #expect(failures.first?.message.contains("\"x.pythonhosted.org\" (an address learned for it)") == true)
    }
}
