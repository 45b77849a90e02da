import SluiceCompiler
import SluiceLab
import SluiceLanguage
import Testing

/// The core end-to-end test: every `expect` line of the lab fixtures holds in the kernel for
/// real packets, and `FlowEvaluator` (what `sluice explain` and `sluice check` use) gives the same
/// verdict as the kernel for each of those packets.
@Suite("Expect lines hold in the kernel", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"),
       .timeLimit(.minutes(10)))
struct ExpectationKernelTests {
    @Test("gateway mode: lab-gateway.sluice's expect lines, sources in no group, and explain, against the gateway's kernel")
    func gatewayExpectations() throws {
        let policyLab = try PolicyLab.start(TestEnvironment.fixture("lab-gateway.sluice"))
        defer { policyLab.destroy() }
        let policy = policyLab.policy
        #expect(policyLab.build?.diagnostics.isEmpty == true, "\(policyLab.build?.renderedDiagnostics ?? "")")
        Self.checkCoverage(policy)

        // A source outside every group can send nothing out: not to any outside address, not on
        // any port or protocol some allow admits for others, `allow any` included.
        let outside = policyLab.lab.spec.outside.map(\.address)
        var mustDeny: [FlowProbe: String] = [:]
        let ungrouped = try policyLab.lab.spec.hosts.flatMap(\.addresses).map { try $0.ipAddress }.filter { policy.groups(containing: $0).isEmpty }
        #expect(Set(ungrouped.map(\.family)) == [.ipv4, .ipv6], "the fixture has IPv4 and IPv6 sources in no group")
        for source in ungrouped {
            for destination in try outside.map({ try $0.ipAddress }) where destination.family == source.family {
                for traffic in FlowProbe.admittedSomewhere(in: policy) {
                    mustDeny[FlowProbe(source: .address(source), destination: destination, traffic: traffic)] = "\(source) is in no group"
                }
            }
        }

        let started = ContinuousClock.now
        let replay = try ExpectationReplay.run(policyLab, mustDeny: mustDeny)
        let took = started.duration(to: .now)
        replay.checkAgreement()
        #expect(replay.probes.count >= 60, "\(replay.probes.count) probes")
        #expect(took < .seconds(30), "the probes run side by side; \(replay.probes.count) took \(took)")
        // Allowed flows were complete TCP handshakes and answered echoes: replies came back.
        let allowedTCP = replay.probes.filter { if case .tcp = $0.traffic { replay.kernel($0) == .allow } else { false } }
        #expect(allowedTCP.contains { $0.destination.family == .ipv6 } && allowedTCP.contains { $0.destination.family == .ipv4 })
        // Every denied probe went through the default deny, whose counter saw at least its first packet.
        let denied = replay.probes.filter { replay.kernel($0) == .deny }.count
        let counter = try policyLab.lab.run(in: policyLab.router, ["nft", "list", "counter", "inet", "sluice", "denied"]).standardOutput
        let packets = counter.firstMatch(of: /packets ([0-9]+)/).flatMap { Int($0.1) } ?? 0
        #expect(packets >= denied, "the denied counter saw \(packets) packets for \(denied) denied probes")

        try Self.checkExplain(replay)
    }

    @Test("host mode: lab-host.sluice's expect lines from the node itself (self), to the outside and to its management host")
    func hostExpectations() throws {
        let policyLab = try PolicyLab.start(TestEnvironment.fixture("lab-host.sluice"))
        defer { policyLab.destroy() }
        let policy = policyLab.policy
        #expect(policyLab.build?.diagnostics.isEmpty == true, "\(policyLab.build?.renderedDiagnostics ?? "")")
        #expect(policy.mode == .host)
        #expect(policy.expectations.allSatisfy { $0.source == .machine })
        #expect(try policyLab.lab.management().name.hasSuffix("-mgmt"), "management destinations live on the management host")
        Self.checkCoverage(policy)

        let replay = try ExpectationReplay.run(policyLab)
        replay.checkAgreement()
        try Self.checkExplain(replay)

        // IPv6 needs neighbour discovery on every interface the node sends from; if the ruleset
        // drops the node's solicitations as egress, every IPv6 flow fails whatever it allows.
        for interface in ["wan0", "mgmt0"] {
            let neighbours = try policyLab.lab.run(in: policyLab.router, ["ip", "-6", "neigh", "show", "dev", interface]).standardOutput
            #expect(!neighbours.contains("FAILED") && !neighbours.contains("INCOMPLETE"),
                    "the node could not resolve IPv6 neighbours on \(interface): \(neighbours)")
        }
    }

    @Test("the shipped policies' and fixtures' expect lines hold in the kernel too", arguments: [
        "policies/hpc-center.sluice", "policies/login-node.sluice", "Tests/Fixtures/dual-stack.sluice", "Tests/Fixtures/minimal.sluice",
    ])
    func shippedExpectations(path: String) throws {
        // small-office.sluice numbers its hosts from 192.168.0.0/16 and host-node.sluice's egress is
        // "eth0"; the lab gives neither (inside hosts come from 10/8, fd00::/8 and documentation
        // prefixes; uplinks are wan0 and wan1), so those two are compiled and loaded only.
        let policyLab = try PolicyLab.start(TestEnvironment.packageRoot.appendingPathComponent(path).path)
        defer { policyLab.destroy() }
        #expect(!policyLab.policy.expectations.isEmpty)
        let replay = try ExpectationReplay.run(policyLab)
        replay.checkAgreement()
    }

    @Test("the package's default /etc/sluice/site.sluice cuts nothing off: it audits, so what it would deny passes")
    func packagedDefaultAudits() throws {
        let outside = ["192.0.2.1", "198.51.100.7", "2001:db8::1"].compactMap { IPAddress($0) }
        try #require(outside.count == 3)
        let policyLab = try PolicyLab.start(TestEnvironment.packageRoot.appendingPathComponent("packaging/site.sluice").path,
                                            extraOutside: outside)
        defer { policyLab.destroy() }
        #expect(policyLab.policy.mode == .host)
        // Nothing is allowed yet: everything passes because `self` audits.
        #expect(policyLab.policy.allows.isEmpty)
        let probes = outside.flatMap { destination in
            [FlowProbe.Traffic.tcp(443), .udp(53), .echo].map { FlowProbe(source: .machine, destination: destination, traffic: $0) }
        }
        let report = try KernelProbes.run(probes, in: policyLab, believedAllowed: Set(probes))
        #expect(report.verdicts.count == probes.count)
        for probe in probes {
            #expect(report.verdicts[probe] == .allow, "the kernel drops \(probe) under the default policy")
            #expect(report.reachedListener[probe] != false, "\(probe) did not reach its listener")
            #expect(probe.evaluatorVerdict(policyLab.evaluator) == .allow, "sluice explain does not say allow for \(probe)")
        }
    }

    /// Fails when a fixture no longer exercises what these tests promise: enough lines, both
    /// verdicts in both families, TCP and UDP, and a port range.
    static func checkCoverage(_ policy: Policy, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let expectations = policy.expectations
        #expect(expectations.count >= 15, "\(expectations.count) expect lines", sourceLocation: sourceLocation)
        for family in AddressFamily.allCases {
            for verdict in [Verdict.allow, .deny] {
                #expect(expectations.contains { $0.destination.family == family && $0.verdict == verdict },
                        "no `expect \(verdict)` for \(family)", sourceLocation: sourceLocation)
            }
        }
        let specs = expectations.compactMap { ExpectationChecker.ports($0.port, policy) }.flatMap { $0 }
        #expect(specs.contains { $0.transport == .tcp } && specs.contains { $0.transport == .udp }, sourceLocation: sourceLocation)
        #expect(specs.contains { ($0.ports?.count ?? 0) > 1 }, "no port range", sourceLocation: sourceLocation)
        #expect(expectations.contains { $0.port == nil }, "no line without a port", sourceLocation: sourceLocation)
    }

    /// Runs `sluice explain` for a sample of the probes; its first word must be the kernel's verdict.
    static func checkExplain(_ replay: ExpectationReplay, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let sample = replay.explainSample()
        #expect(sample.count >= 4, "explain sample \(sample)", sourceLocation: sourceLocation)
        let results = Concurrently.map(sample) { try SluiceCommand.explain(replay.policyLab.path, $0) }
        for (probe, outcome) in zip(sample, results) {
            let result = try outcome.get()
            #expect(result.status == 0, "\(result.command.joined(separator: " ")): \(result.standardError)", sourceLocation: sourceLocation)
            #expect(SluiceCommand.firstWord(result) == replay.kernel(probe)?.rawValue,
                    "sluice explain says \(SluiceCommand.firstWord(result)) for \(probe), the kernel \(String(describing: replay.kernel(probe)))",
                    sourceLocation: sourceLocation)
        }
    }
}
