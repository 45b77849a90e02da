import SluiceLab
import Testing

/// A host is its source address (docs/security.md, known limits): Sluice alone admits a packet
/// that an inside host sends from the management group's address as management traffic. The
/// reverse-path table that security.md gives closes that beside Sluice's table, and leaves real
/// management traffic and the host's own allowed egress as they were.
@Suite("Spoofed sources and the reverse-path table of security.md", .disabled(if: TestEnvironment.kernelTestsSkipped,
       "SLUICE_SKIP_KERNEL_TESTS=1"), .timeLimit(.minutes(10)))
struct SpoofedSourceKernelTests {
    /// security.md's table, for every interface but the uplinks.
    static let antispoof = """
        table inet antispoof {
          chain prerouting {
            type filter hook prerouting priority raw; policy accept;
            iifname != "wan*" fib saddr . iif oif missing counter drop
          }
        }
        """

    @Test("a client sending from the management host's address passes as management; the reverse-path table drops it")
    func managementAddressSpoofed() throws {
        let policyLab = try PolicyLab.start(TestEnvironment.fixture("lab-gateway.sluice"))
        defer { policyLab.destroy() }
        let lab = policyLab.lab
        // soc may reach any address; clients may not reach 203.0.113.9 (lab-gateway.sluice).
        let pairs = try [("10.20.1.5", "10.0.0.5", "203.0.113.9", "32"), ("fd00:20:1::5", "fd00:1::5", "2001:db8:300::9", "128")]
            .map { client, management, outside, bits in
                (client: try LabAddress(parsing: client), management: try LabAddress(parsing: management),
                 outside: try LabAddress(parsing: outside), bits: bits)
            }
        for pair in pairs {
            let client = try #require(lab.namespace(owning: pair.client), "no lab host owns \(pair.client)")
            var add = ["ip", "address", "add", "\(pair.management)/\(pair.bits)", "dev", "eth0"]
            if pair.bits == "128" { add.append("nodad") }
            try lab.run(in: client, add)
        }

        /// Whether the outside listener hears `source` when `namespace` sends from it, within
        /// `timeout`: a datagram expected through may take long on a loaded machine (the wait
        /// ends when it arrives), silence that means "dropped" is waited for 1 s.
        func heard(from namespace: LabNamespace, source: LabAddress, to outside: LabAddress, port: UInt16,
                   timeout: Duration = .seconds(10)) throws -> Bool {
            let listener = try lab.udpListener(on: outside, port: port)
            defer { listener.stop() }
            let sent = try LabTraffic.udpSend(from: namespace, source: source, to: outside, port: port, datagrams: 3, size: 100)
            #expect(sent.datagramsSent == 3, "\(source) could not send to \(outside)")
            return listener.waitForBytes(100, from: source, timeout: timeout)
        }

        for pair in pairs {
            let client = try #require(lab.namespace(owning: pair.client))
            #expect(try heard(from: client, source: pair.management, to: pair.outside, port: 9100),
                    "Sluice alone: a client sending as \(pair.management) should pass as management (the documented limit)")
        }

        try lab.run(in: policyLab.router, ["nft", "-f", "-"], input: Self.antispoof)
        for pair in pairs {
            let client = try #require(lab.namespace(owning: pair.client))
            let management = try #require(lab.namespace(owning: pair.management))
            #expect(try !heard(from: client, source: pair.management, to: pair.outside, port: 9101, timeout: .seconds(1)),
                    "with the reverse-path table, a client sending as \(pair.management) still got out")
            #expect(try heard(from: management, source: pair.management, to: pair.outside, port: 9102),
                    "with the reverse-path table, the real management host \(pair.management) no longer gets out")
        }
        let checks = try [
            LabFlowCheck("10.20.1.5", "192.0.2.10", .tcp, 443, passes: true, "the client's own allowed egress"),
            LabFlowCheck("fd00:20:1::5", "2001:db8:100::10", .tcp, 80, passes: true, "the client's own allowed egress, IPv6"),
            LabFlowCheck("10.20.1.5", "203.0.113.9", .udp, 9103, passes: false, "the client's own address, not allowed there"),
        ]
        LabFlowCheck.run(checks, in: lab, evaluator: policyLab.evaluator)
        let listing = try lab.run(in: policyLab.router, ["nft", "list", "table", "inet", "antispoof"]).standardOutput
        #expect(!listing.contains("packets 0 "), "the reverse-path rule counted nothing:\n\(listing)")
    }
}
