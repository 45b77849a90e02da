import SluiceCompiler
import SluiceLab
import SluiceLanguage
import Testing

/// Containment as the ruleset implements it, before any watcher exists: hosts put into the
/// `isolated_*` and `blocked_*` sets by hand (as `sluice isolate`/`block` and the watcher will)
/// are cut off exactly as the language says, and `FlowEvaluator` given the same set elements
/// agrees with the kernel flow for flow.
@Suite("Containment sets in the kernel", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"),
       .timeLimit(.minutes(10)))
struct ContainmentKernelTests {
    @Test("gateway mode: an isolated host reaches and is reached by management only; a blocked host loses egress only")
    func gateway() throws {
        let policyLab = try PolicyLab.start(TestEnvironment.fixture("lab-gateway.sluice"))
        defer { policyLab.destroy() }
        let binding = policyLab.compiled.containment
        var contained = policyLab.compiled
        for (set, address) in [(binding.isolatedV4, "10.20.1.5"), (binding.isolatedV6, "fd00:20:1::5"),
                               (binding.blockedV4, "10.20.2.15"), (binding.blockedV6, "fd00:20:2::15")] {
            try policyLab.lab.run(in: policyLab.router, ["nft", "add", "element", "inet", policyLab.compiled.ruleset.table, set, "{ \(address) }"])
            try Self.add(address, to: set, in: &contained)
        }

        let checks = try [
            // Isolated: no egress, no lateral traffic either way, no inbound; management both ways.
            LabFlowCheck("10.20.1.5", "192.0.2.10", .tcp, 443, passes: false, "isolated: egress the policy allows"),
            LabFlowCheck("10.20.1.5", "10.99.0.1", .tcp, 7000, passes: false, "isolated: lateral out"),
            LabFlowCheck("10.99.0.1", "10.20.1.5", .tcp, 7000, passes: false, "isolated: lateral in"),
            LabFlowCheck("192.0.2.10", "10.20.1.5", .tcp, 2222, passes: false, "isolated: inbound"),
            LabFlowCheck("10.20.1.5", "10.0.0.5", .tcp, 22, passes: true, "isolated: to management"),
            LabFlowCheck("10.0.0.5", "10.20.1.5", .tcp, 22, passes: true, "isolated: from management"),
            LabFlowCheck("fd00:20:1::5", "2001:db8:100::10", .tcp, 80, passes: false, "isolated IPv6: egress the policy allows"),
            LabFlowCheck("fd00:99::1", "fd00:20:1::5", .udp, 7000, passes: false, "isolated IPv6: lateral in"),
            LabFlowCheck("fd00:20:1::5", "fd00:1::5", .tcp, 22, passes: true, "isolated IPv6: to management"),
            LabFlowCheck("fd00:1::5", "fd00:20:1::5", .tcp, 22, passes: true, "isolated IPv6: from management"),
            // Blocked: every egress packet dropped (replies to inbound connections too); lateral untouched.
            LabFlowCheck("10.20.2.15", "198.51.100.7", .tcp, 9000, passes: false, "blocked: egress the policy allows"),
            LabFlowCheck("10.20.2.15", "10.99.0.1", .tcp, 7000, passes: true, "blocked: lateral out"),
            LabFlowCheck("10.99.0.1", "10.20.2.15", .tcp, 7000, passes: true, "blocked: lateral in"),
            LabFlowCheck("198.51.100.7", "10.20.2.15", .tcp, 2222, passes: false, "blocked: inbound, whose replies are egress"),
            LabFlowCheck("fd00:20:2::15", "2001:db8:200::7", .udp, 9000, passes: false, "blocked IPv6: egress the policy allows"),
            LabFlowCheck("fd00:20:2::15", "fd00:99::1", .tcp, 7000, passes: true, "blocked IPv6: lateral out"),
            // Everyone else as before.
            LabFlowCheck("10.0.0.5", "203.0.113.9", .tcp, 443, passes: true, "management's own egress"),
            LabFlowCheck("10.20.2.20", "10.99.0.1", .udp, 7000, passes: true, "lateral between uncontained hosts"),
        ]
        LabFlowCheck.run(checks, in: policyLab.lab, evaluator: FlowEvaluator(contained))
    }

    @Test("gateway mode: an isolated host reaches no service on the gateway itself; a blocked host and management still do")
    func isolatedFromTheGateway() throws {
        let policyLab = try PolicyLab.start(TestEnvironment.fixture("lab-gateway.sluice"))
        defer { policyLab.destroy() }
        let lab = policyLab.lab, router = policyLab.router
        let binding = policyLab.compiled.containment
        for (set, address) in [(binding.isolatedV4, "10.20.1.5"), (binding.isolatedV6, "fd00:20:1::5"),
                               (binding.blockedV4, "10.20.2.15")] {
            try lab.run(in: router, ["nft", "add", "element", "inet", policyLab.compiled.ruleset.table, set, "{ \(address) }"])
        }
        // A service of the gateway's own (a resolver, a proxy): an address on its loopback, which
        // the hosts reach through their default route.
        let service4 = try LabAddress(parsing: "10.250.0.1"), service6 = try LabAddress(parsing: "fd00:250::1")
        try lab.run(in: router, ["ip", "address", "add", "10.250.0.1/32", "dev", "lo"])
        try lab.run(in: router, ["ip", "address", "add", "fd00:250::1/128", "dev", "lo"])
        _ = try lab.tcpListener(in: router, address: service4, port: 53)
        _ = try lab.tcpListener(in: router, address: service6, port: 53)
        for (source, service, reaches) in [("10.20.1.5", service4, false), ("fd00:20:1::5", service6, false),
                                           ("10.20.2.15", service4, true), ("10.20.2.20", service4, true),
                                           ("fd00:20:2::15", service6, true), ("10.0.0.5", service4, true)] {
            let from = try LabAddress(parsing: source)
            guard let namespace = lab.namespace(owning: from) else { throw LabError.addressNotInLab(from) }
            let reached = try LabTraffic.tcpConnect(from: namespace, source: from, to: service, port: 53,
                                                    timeout: .seconds(1)).isConnected
            #expect(reached == reaches, "\(source) to the gateway's \(service): \(reached ? "reached" : "not reached")")
        }
        // DHCP to the gateway passes (a lease must not run out while isolated); other UDP does not.
        let isolated = try LabAddress(parsing: "10.20.1.5")
        guard let namespace = lab.namespace(owning: isolated) else { throw LabError.addressNotInLab(isolated) }
        for (port, arrives) in [(UInt16(67), true), (53, false)] {
            let listener = try lab.udpListener(in: router, address: service4, port: port)
            _ = try LabTraffic.udpSend(from: namespace, source: isolated, to: service4, port: port, datagrams: 3, size: 32,
                                       timeout: .seconds(1))
            #expect(listener.waitForBytes(1, from: isolated, timeout: .seconds(1)) == arrives, "udp/\(port) from the isolated host")
        }
        // Neighbour discovery still works: management reaches the isolated host over IPv6.
        #expect(try lab.canConnect(from: try LabAddress(parsing: "fd00:1::5"), to: try LabAddress(parsing: "fd00:20:1::5"),
                                   port: 22, proto: .tcp))
    }

    /// Whether the node reaches each of its three targets.
    typealias Reachability = (mirror: Bool, management: Bool, loopback: Bool)
    /// The node's targets: the outside (tcp/443), its management host (tcp/22) and loopback (tcp/7777).
    typealias Targets = (mirror: LabAddress, management: LabAddress, loopback: LabAddress)

    @Test("host mode: an isolated node reaches its management host and loopback only; a blocked node sends nothing out")
    func host() throws {
        let policyLab = try PolicyLab.start(TestEnvironment.fixture("lab-host.sluice"))
        defer { policyLab.destroy() }
        let lab = policyLab.lab
        let node = try lab.node()
        let binding = policyLab.compiled.containment
        let isolatedSelf = try #require(binding.isolatedSelf)
        let blockedSelf = try #require(binding.blockedSelf)
        let table = policyLab.compiled.ruleset.table
        let mirror = try LabAddress(parsing: "192.0.2.10"), management = try LabAddress(parsing: "10.0.0.5")
        let loopback = try LabAddress(parsing: "127.0.0.1")
        let targets: Targets = (mirror, management, loopback)
        let loopbackListener = try lab.tcpListener(in: node, address: loopback, port: 7777)
        defer { loopbackListener.stop() }

        // A cold neighbour cache costs the first SYN a retransmission (1 s) on a loaded machine:
        // warm both paths up before the probes, whose timeouts are shorter.
        for target in [mirror, management] {
            _ = try lab.canConnect(from: node, to: target, port: 9, proto: .tcp, timeout: .seconds(3))
        }
        let before = try probe(lab, node, targets)
        #expect(before.mirror && before.management && before.loopback, "before containment: \(before)")

        try lab.run(in: node, ["nft", "add", "element", "inet", table, isolatedSelf, "{ ipv4 }"])
        let isolated = try probe(lab, node, targets)
        #expect(!isolated.mirror, "an isolated node reached the outside")
        #expect(isolated.management, "an isolated node lost its management host")
        #expect(isolated.loopback, "an isolated node lost loopback")

        try lab.run(in: node, ["nft", "delete", "element", "inet", table, isolatedSelf, "{ ipv4 }"])
        try lab.run(in: node, ["nft", "add", "element", "inet", table, blockedSelf, "{ ipv4 }"])
        let blocked = try probe(lab, node, targets)
        #expect(!blocked.mirror, "a blocked node reached the outside")
        #expect(blocked.management, "a blocked node lost its management host")
        #expect(blocked.loopback, "a blocked node lost loopback")

        // The evaluator, given the same set elements, agrees.
        try expectEvaluatorAgrees(policyLab.compiled, [(isolatedSelf, isolated), (blockedSelf, blocked)], targets)
    }

    /// Which of `targets` the node reaches now, all probed at once.
    private func probe(_ lab: Lab, _ node: LabNamespace, _ targets: Targets) throws -> Reachability {
        let (mirror, management, loopback) = targets
        let endpoints: [LabEndpoint] = [LabEndpoint(address: mirror, port: 443), LabEndpoint(address: management, port: 22),
                                        LabEndpoint(address: loopback, port: 7777)]
        let results = Concurrently.map(endpoints) { key in
            let (target, port) = (key.address, key.port)
            return target == loopback
                ? try LabTraffic.tcpConnect(from: node, to: target, port: port, timeout: .milliseconds(800)).isConnected
                : try lab.canConnect(from: node, to: target, port: port, proto: .tcp, timeout: .milliseconds(800))
        }
        let outcome = try results.map { try $0.get() }
        return (outcome[0], outcome[1], outcome[2])
    }

    /// `FlowEvaluator`, given each containment set's `ipv4` element, decides each target as the
    /// kernel did.
    private func expectEvaluatorAgrees(_ compiled: CompiledPolicy, _ cases: [(set: String, expected: Reachability)],
                                       _ targets: Targets) throws {
        let (mirror, management, loopback) = targets
        for (set, expected) in cases {
            var contained = compiled
            let index = try #require(contained.ruleset.sets.firstIndex { $0.name == set })
            contained.ruleset.sets[index].elements.append(SetElement(.nfproto(2)))
            let evaluator = FlowEvaluator(contained)
            for (target, port, interface, passed) in [(mirror, UInt16(443), "wan0", expected.mirror),
                                                      (management, 22, "mgmt0", expected.management),
                                                      (loopback, 7777, "lo", expected.loopback)] {
                let packet = Packet(family: .ipv4, source: nil, destination: try target.ipAddress, l4proto: 6,
                                    destinationPort: port, outputInterface: interface)
                #expect(evaluator.evaluate(packet).verdict == (passed ? .allow : .deny),
                        "\(set): FlowEvaluator and the kernel disagree about \(target) tcp/\(port)")
            }
        }
    }

    /// Adds one address to a containment set of a compiled policy, as the kernel set now holds it.
    static func add(_ address: String, to set: String, in compiled: inout CompiledPolicy) throws {
        let index = try #require(compiled.ruleset.sets.firstIndex { $0.name == set })
        let ip = try #require(IPAddress(address))
        compiled.ruleset.sets[index].elements.append(SetElement(.address(AddressRange(ip))))
    }
}
