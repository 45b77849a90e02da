import SluiceCompiler
import SluiceLab
import SluiceLanguage
import Testing

/// What is not egress is left alone: traffic between inside hosts and inbound connections in
/// gateway mode, loopback and inbound connections in host mode. Each check pairs the traffic
/// with egress that the same ruleset denies, to show the table was live at the time.
@Suite("Not-egress traffic is left alone", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"),
       .timeLimit(.minutes(10)))
struct NotEgressKernelTests {
    @Test("gateway mode: inside hosts reach each other through the gateway, and the outside reaches them, with no allow for it")
    func gatewayLateralAndInbound() throws {
        let policyLab = try PolicyLab.start(TestEnvironment.fixture("lab-gateway.sluice"))
        defer { policyLab.destroy() }
        let checks = try [
            // Lateral: clients and builders have no allow between them; 10.99.0.1 is in no group.
            LabFlowCheck("10.20.1.5", "10.20.2.15", .tcp, 7000, passes: true, "lateral, between groups"),
            LabFlowCheck("fd00:20:1::5", "fd00:20:2::15", .udp, 7001, passes: true, "lateral IPv6"),
            LabFlowCheck("10.99.0.1", "10.20.1.5", .tcp, 22, passes: true, "lateral from a host in no group"),
            LabFlowCheck("fd00:99::1", "fd00:1::5", .tcp, 22, passes: true, "lateral IPv6 from a host in no group"),
            // Inbound: the inside host's replies leave by wan0 and pass as established.
            LabFlowCheck("192.0.2.10", "10.20.1.5", .tcp, 2222, passes: true, "inbound"),
            LabFlowCheck("2001:db8:100::10", "fd00:20:1::5", .tcp, 2222, passes: true, "inbound IPv6"),
            LabFlowCheck("203.0.113.9", "10.99.0.1", .tcp, 2222, passes: true, "inbound to a host in no group"),
            // The same ports as egress are denied: the ruleset is in force.
            LabFlowCheck("10.20.1.5", "203.0.113.9", .tcp, 7000, passes: false, "egress no allow admits"),
            LabFlowCheck("fd00:20:1::5", "2001:db8:300::9", .udp, 7001, passes: false, "egress no allow admits"),
            LabFlowCheck("10.99.0.1", "192.0.2.10", .tcp, 22, passes: false, "egress from a host in no group"),
        ]
        // The evaluator must agree: a packet that leaves by a host's link is not egress, and the
        // inside host's reply to an inbound connection is established egress, which passes.
        LabFlowCheck.run(checks, in: policyLab.lab, evaluator: policyLab.evaluator)
    }

    @Test("host mode: loopback always passes, to 127.0.0.1, ::1 and the node's own addresses, on ports no allow admits")
    func hostLoopback() throws {
        let policyLab = try PolicyLab.start(TestEnvironment.fixture("lab-host.sluice"))
        defer { policyLab.destroy() }
        let lab = policyLab.lab
        let node = try lab.node()
        let targets = try ["127.0.0.1", "::1"].map { try LabAddress(parsing: $0) } + lab.spec.nodeAddresses
        let outcomes = Concurrently.map(targets) { address -> (tcp: Bool, udp: Bool) in
            let tcp = try lab.tcpListener(in: node, address: address, port: 7777)
            defer { tcp.stop() }
            // Both must pass: the waits end as soon as they do, and are long for a loaded machine.
            let connected = try LabTraffic.tcpConnect(from: node, to: address, port: 7777, timeout: .seconds(10)).isConnected
            let udp = try lab.udpListener(in: node, address: address, port: 7778)
            defer { udp.stop() }
            let sent = try LabTraffic.udpSend(from: node, to: address, port: 7778, datagrams: 1, size: 32)
            return (connected, sent.datagramsSent == 1 && udp.waitForBytes(32, timeout: .seconds(10)))
        }
        for (address, outcome) in zip(targets, outcomes) {
            let passed = try outcome.get()
            #expect(passed.tcp, "the node cannot connect to itself at \(address) tcp/7777")
            #expect(passed.udp, "the node cannot send itself a datagram at \(address) udp/7778")
        }

        // The ruleset is in force: the same ports to the outside are denied. Inbound connections
        // from the management host pass: the node's replies are established egress.
        let (node4, node6) = (PolicyLab.nodeAddresses[0], PolicyLab.nodeAddresses[1])
        let checks = try [
            LabFlowCheck(node4, "192.0.2.10", .tcp, 7777, passes: false, "egress no allow admits"),
            LabFlowCheck(node6, "2001:db8:100::10", .udp, 7778, passes: false, "egress no allow admits"),
            LabFlowCheck("10.0.0.5", node4, .tcp, 2222, passes: true, "inbound from the management host"),
            LabFlowCheck("fd00:1::5", node6, .tcp, 2222, passes: true, "inbound IPv6 from the management host"),
        ]
        LabFlowCheck.run(checks, in: lab)

        let evaluator = policyLab.evaluator
        for target in targets {
            let packet = Packet(family: try target.ipAddress.family, source: nil, destination: try target.ipAddress, l4proto: 6,
                                destinationPort: 7777, outputInterface: "lo")
            #expect(evaluator.evaluate(packet).verdict == .allow, "FlowEvaluator drops loopback to \(target)")
        }
    }
}
