import Testing
import SluiceLanguage
@testable import SluiceCompiler

/// Flows whose packets the kernel routes or types differently from the rest: loopback in a host
/// policy, and a service's ICMP items of the other family.
@Suite struct FlowEdgeCaseTests {
    private func compiled(_ text: String) throws -> (Policy, CompiledPolicy) {
        let result = PolicyLoader(fileSystem: InMemoryFileSystem(["t.sluice": text])).load(path: "t.sluice")
        let policy = try #require(result.policy, "\(result.diagnostics)")
        return (policy, try #require(PolicyCompiler().compile(policy).compiled))
    }

    private func verdict(_ compiled: CompiledPolicy, _ source: FlowSource, _ destination: String,
                         _ ports: [PortSpec]?) throws -> FlowResult {
        let address = try #require(IPAddress(destination))
        return FlowEvaluator(compiled).evaluate(FlowQuery(source: source, destination: address, ports: ports))
    }

    @Test("a host policy lets loopback by, as its ruleset's oifname \"lo\" rule does")
    func hostLoopbackIsAllowed() throws {
        let (policy, c) = try compiled("""
            policy node { mode host }
            allow self to 192.0.2.0/24 on tcp/443
            expect allow self to 127.0.0.1 on tcp/8080
            expect allow self to 127.9.9.9 on udp/53
            expect allow self to ::1 on tcp/8080
            expect deny self to 192.0.2.7 on tcp/8080

            """)
        #expect(ExpectationChecker.check(policy, c).isEmpty)
        for destination in ["127.0.0.1", "::1", "::ffff:127.0.0.1"] {
            #expect(try verdict(c, .machine, destination, [PortSpec(.tcp, ports: 8080...8080)]).summary == .allow,
                    "\(destination)")
        }
        #expect(try verdict(c, .machine, "::2", [PortSpec(.tcp, ports: 8080...8080)]).summary == .deny)
        #expect(try verdict(c, .machine, "128.0.0.1", [PortSpec(.tcp, ports: 8080...8080)]).summary == .deny)
    }

    @Test("a service of both ICMPs admits an IPv4 flow on it whole, and an IPv6 one")
    func bothICMPsInOneService() throws {
        let (policy, c) = try compiled("""
            policy t { mode gateway; egress "wan0" }
            group lab 10.1.0.0/16, fd00:1::/64
            service ping icmp, icmpv6
            allow lab to any on ping
            expect allow 10.1.0.1 to 192.0.2.1 on ping
            expect allow fd00:1::1 to 2001:db8::1 on ping
            expect deny 10.1.0.1 to 192.0.2.1 on tcp/22

            """)
        #expect(ExpectationChecker.check(policy, c).isEmpty)
        let v4 = try verdict(c, .address(try #require(IPAddress("10.1.0.1"))), "192.0.2.1", [PortSpec(.icmp), PortSpec(.icmpv6)])
        #expect(v4.summary == .allow)
        #expect(v4.slices.map(\.description) == ["icmp"])
        // A flow that no packet can be (ICMPv6 to an IPv4 address) is not admitted.
        let impossible = try verdict(c, .address(try #require(IPAddress("10.1.0.1"))), "192.0.2.1", [PortSpec(.icmpv6)])
        #expect(impossible.summary != .allow)
    }
}
