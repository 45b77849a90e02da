import SluiceCompiler
import SluiceLab
import SluiceLanguage
import Testing

/// Containment only ever removes access, and the management group is reachable in every state:
/// a spent quota, a block, an isolation. What containment lets by (management traffic) is not let
/// around the policy: it still meets default deny and the quotas.
@Suite("Management reachability and containment that never widens", .disabled(if: TestEnvironment.kernelTestsSkipped,
       "SLUICE_SKIP_KERNEL_TESTS=1"), .timeLimit(.minutes(10)))
struct ManagementKernelTests {
    @Test("host mode: with the node's quota spent, blocked, or isolated, management reaches it and it reaches management")
    func hostModeManagementInEveryState() throws {
        let policyLab = try PolicyLab.start(TestEnvironment.fixture("management-host.sluice"))
        defer { policyLab.destroy() }
        let lab = policyLab.lab
        let node = try lab.node()
        let management = try lab.management()
        let table = policyLab.compiled.table
        let containment = policyLab.compiled.containment
        let mirror4 = try LabAddress(parsing: "192.0.2.10"), mirror6 = try LabAddress(parsing: "2001:db8:100::10")
        let soc4 = try LabAddress(parsing: "10.0.0.5"), soc6 = try LabAddress(parsing: "fd00:1::5")
        let node4 = try LabAddress(parsing: PolicyLab.nodeAddresses[0]), node6 = try LabAddress(parsing: PolicyLab.nodeAddresses[1])
        let inbound = try [node4, node6].map { try lab.tcpListener(in: node, address: $0, port: 2222) }
        defer { inbound.forEach { $0.stop() } }
        let sink = try lab.tcpListener(on: mirror4, port: 9000)
        defer { sink.stop() }

        func check(_ state: String, mirror: Bool) throws {
            for (target, from) in [(node4, soc4), (node6, soc6)] {
                // Generous: a connect that should pass returns at once, and a cold neighbour cache
                // on a loaded machine can cost the first SYN a retransmission.
                let outcome = try LabTraffic.tcpConnect(from: management, to: target, port: 2222, timeout: .seconds(3))
                #expect(outcome.isConnected, "\(state): management \(from) cannot reach the node at \(target)")
            }
            for target in [soc4, soc6] {
                #expect(try lab.canConnect(from: node, to: target, port: 22, proto: .tcp, timeout: .seconds(3)),
                        "\(state): the node cannot reach its management host \(target) on an allowed port")
                #expect(try !lab.canConnect(from: node, to: target, port: 23, proto: .tcp, timeout: .milliseconds(500)),
                        "\(state): management traffic went around default deny (tcp/23 is not allowed)")
            }
            for target in [mirror4, mirror6] {
                #expect(try lab.canConnect(from: node, to: target, port: 9000, proto: .tcp,
                                           timeout: mirror ? .seconds(3) : .milliseconds(600)) == mirror,
                        "\(state): the node's egress to \(target) should be \(mirror ? "open" : "stopped")")
            }
        }

        try check("before anything", mirror: true)
        let sent = try LabTraffic.tcpSend(from: node, to: mirror4, port: 9000, bytes: 400_000, timeout: .milliseconds(1500))
        #expect(sent.ending != .completed, "the node sent 400 KB past a 100 KB quota")
        try check("quota spent", mirror: false)

        for (set, word) in [(containment.blockedSelf, "blocked"), (containment.isolatedSelf, "isolated")] {
            let name = try #require(set)
            try lab.run(in: node, ["nft", "add", "element", "inet", table, name, "{ ipv4, ipv6 }"])
            try check("quota spent and \(word)", mirror: false)
            try lab.run(in: node, ["nft", "delete", "element", "inet", table, name, "{ ipv4, ipv6 }"])
        }
    }

    @Test("gateway: a management group that holds an outside address gives an isolated host nothing past default deny")
    func outsideManagementAddressDoesNotWidenIsolation() throws {
        // The language refuses such a management group; the ruleset must hold even if one got through.
        let build = try PolicyLab.compile(TestEnvironment.fixture("lab-gateway.sluice"))
        var policy = try #require(build.policy)
        let soc = try #require(policy.groups.firstIndex { $0.name == "soc" })
        let outside = try #require(IPAddress("203.0.113.9"))
        policy.groups[soc].addresses = AddressRange.normalize(policy.groups[soc].addresses + [AddressRange(outside)])
        let policyLab = try PolicyLab.start(unvalidated: policy)
        defer { policyLab.destroy() }
        let lab = policyLab.lab
        var contained = policyLab.compiled
        let isolated = policyLab.compiled.containment.isolatedV4
        try lab.run(in: policyLab.router, ["nft", "add", "element", "inet", policyLab.compiled.table, isolated, "{ 10.20.1.5 }"])
        try ContainmentKernelTests.add("10.20.1.5", to: isolated, in: &contained)

        let checks = try [
            LabFlowCheck("10.20.1.5", "203.0.113.9", .tcp, 443, passes: false, "isolated: to an outside 'management' address"),
            LabFlowCheck("10.20.1.5", "203.0.113.9", .udp, 9000, passes: false, "isolated: UDP to an outside 'management' address"),
            LabFlowCheck("10.20.1.5", "10.0.0.5", .tcp, 22, passes: true, "isolated: to an inside management host"),
            LabFlowCheck("10.0.0.5", "10.20.1.5", .tcp, 22, passes: true, "isolated: from an inside management host"),
            LabFlowCheck("10.20.2.15", "203.0.113.9", .tcp, 443, passes: false, "not contained: default deny as ever"),
        ]
        LabFlowCheck.run(checks, in: lab, evaluator: FlowEvaluator(contained))
    }
}
