import SluiceCompiler
import SluiceLab
import SluiceLanguage
import Testing

/// Byte quotas enforced by the kernel alone (no watcher yet), with lab-quota.sluice: `bulk` hosts
/// have 200 KB per day each; `fleet` hosts have 200 KB each and 300 KB together; `dtn` hosts have
/// 100 KB each on one allow only.
@Suite("Quotas in the kernel", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"),
       .timeLimit(.minutes(10)))
struct QuotaKernelTests {
    static let sinkPort: UInt16 = 9000
    /// One full-size packet beyond a budget: the packet that crosses the limit is dropped, so the
    /// listener should see less than the budget; this is the slack the brief allows.
    static let onePacket = 1500

    /// The least a sink must have received before a budget stops the sender. The packet that
    /// crosses the limit is dropped whole, and with segmentation offload one packet at the hook
    /// can be a 64 KiB super-packet, so up to that much of the budget may go unused.
    static func floor(_ budget: UInt64) -> Int {
        Int(budget) - 65_536 - 2 * onePacket
    }

    @Test("per host: a host's egress stops at its 200 KB, another host of the group has its own budget; IPv4 and IPv6")
    func perHost() throws {
        let b1 = try Self.address("10.60.0.1"), b2 = try Self.address("10.60.0.2"), b6 = try Self.address("fd00:60::1")
        let sink4 = try Self.address("192.0.2.200"), sink6 = try Self.address("2001:db8:60::200")
        let policyLab = try PolicyLab.start(TestEnvironment.fixture("lab-quota.sluice"), extraSources: [b2.ipAddress])
        defer { policyLab.destroy() }
        let lab = policyLab.lab
        let budget = try Self.budget(policyLab, "hq_bulk_1d")
        #expect(budget == 200_000)
        let evaluator = policyLab.evaluator
        for source in [b1, b2, b6] {
            let destination = source.family == .ipv4 ? sink4 : sink6
            let outcome = evaluator.evaluate(FlowQuery(source: .address(try source.ipAddress), destination: try destination.ipAddress,
                                                       ports: [PortSpec(.tcp, ports: Self.sinkPort...Self.sinkPort)]))
            #expect(outcome.verdict == .allow && outcome.slices.first?.outcome.quotas == ["hq_bulk_1d"],
                    "explain names the quota the kernel enforces: \(outcome)")
        }
        let listener4 = try lab.tcpListener(on: sink4, port: Self.sinkPort)
        let listener6 = try lab.tcpListener(on: sink6, port: Self.sinkPort)

        // b1 (IPv4) and b6 (IPv6) each try to send 1 MB at once; the kernel must cut both off.
        let sends = Concurrently.map([b1, b6]) { source in
            try LabTraffic.tcpSend(from: try Self.namespace(lab, source), source: source,
                                   to: source.family == .ipv4 ? sink4 : sink6, port: Self.sinkPort,
                                   bytes: 1_000_000, timeout: .milliseconds(1500))
        }
        for (source, result) in zip([b1, b6], sends) {
            let sent = try result.get()
            let listener = source.family == .ipv4 ? listener4 : listener6
            #expect(sent.connected, "\(source) could not even connect")
            #expect(sent.ending != .completed, "\(source) sent 1 MB past a 200 KB quota")
            let received = listener.counts().bytes(from: source)
            #expect(received <= Int(budget) + Self.onePacket, "\(source): the sink received \(received) bytes over a \(budget) byte quota")
            #expect(received >= Self.floor(budget), "\(source): the sink received only \(received) bytes of a \(budget) byte quota")
            // Spent means spent: a new connection does not get through either.
            #expect(try !lab.canConnect(from: source, to: source.family == .ipv4 ? sink4 : sink6, port: Self.sinkPort,
                                        proto: .tcp, timeout: .milliseconds(500)),
                    "\(source) opened a new connection after its quota was spent")
        }

        // b2 is in the same group but has its own budget, untouched by b1's.
        let other = try LabTraffic.tcpSend(from: try Self.namespace(lab, b2), source: b2, to: sink4, port: Self.sinkPort,
                                           bytes: 180_000, timeout: .seconds(5))
        #expect(other.ending == .completed, "\(b2) was cut off by another host's quota: \(other)")
        // A completed send is written, not yet read: wait for the listener to have it all.
        #expect(listener4.waitForBytes(180_000, from: b2, timeout: .seconds(5)))
        #expect(listener4.counts().bytes(from: b2) == 180_000)

        // The kernel keeps the account: the spent host's element holds its quota at the limit.
        let set = try lab.run(in: policyLab.router, ["nft", "list", "set", "inet", "sluice", "hq_bulk_1d_v4"]).standardOutput
        #expect(set.contains("10.60.0.1 quota over \(budget) bytes used \(budget) bytes"), "\(set)")
    }

    @Test("total: two hosts each under their own 200 KB, together over the group's 300 KB, are stopped at the total")
    func total() throws {
        let f1 = try Self.address("10.61.0.1"), f2 = try Self.address("10.61.0.2")
        let sink = try Self.address("192.0.2.200")
        let policyLab = try PolicyLab.start(TestEnvironment.fixture("lab-quota.sluice"), extraSources: [f2.ipAddress])
        defer { policyLab.destroy() }
        let lab = policyLab.lab
        let total = try Self.budget(policyLab, "tq_fleet_1d")
        let perHost = try Self.budget(policyLab, "hq_fleet_1d")
        #expect(total == 300_000 && perHost == 200_000)
        let outcome = policyLab.evaluator.evaluate(FlowQuery(source: .address(try f1.ipAddress), destination: try sink.ipAddress,
                                                             ports: [PortSpec(.tcp, ports: Self.sinkPort...Self.sinkPort)]))
        #expect(outcome.slices.first?.outcome.quotas == ["hq_fleet_1d", "tq_fleet_1d"], "\(outcome)")
        let listener = try lab.tcpListener(on: sink, port: Self.sinkPort)

        // 180,000 bytes each: under the per-host budget, and the first host alone under the total.
        let first = try LabTraffic.tcpSend(from: try Self.namespace(lab, f1), source: f1, to: sink, port: Self.sinkPort,
                                           bytes: 180_000, timeout: .seconds(5))
        #expect(first.ending == .completed, "\(f1) alone is under both budgets: \(first)")
        let second = try LabTraffic.tcpSend(from: try Self.namespace(lab, f2), source: f2, to: sink, port: Self.sinkPort,
                                            bytes: 180_000, timeout: .milliseconds(1500))
        #expect(second.ending != .completed, "\(f2) finished although the group's total was spent: \(second)")
        let counts = listener.counts()
        let together = counts.bytes(from: f1) + counts.bytes(from: f2)
        #expect(counts.bytes(from: f1) == 180_000)
        #expect(together <= Int(total) + 2 * Self.onePacket, "the sink received \(together) bytes over a \(total) byte total quota")
        #expect(together >= Self.floor(total), "the sink received only \(together) bytes of a \(total) byte total quota")
        #expect(counts.bytes(from: f2) > 0, "\(f2) had part of the total left")
    }

    @Test("inline: an allow's own quota stops the traffic of that allow only; the host's other allowed traffic goes on")
    func inline() throws {
        let d1 = try Self.address("10.62.0.1")
        let sink = try Self.address("192.0.2.200")
        let policyLab = try PolicyLab.start(TestEnvironment.fixture("lab-quota.sluice"))
        defer { policyLab.destroy() }
        let lab = policyLab.lab
        let budget = try Self.budget(policyLab, "aq_dtn_sink_1d")
        #expect(budget == 100_000)
        let quotaPort: UInt16 = 9100
        let limited = try lab.tcpListener(on: sink, port: quotaPort)
        let free = try lab.tcpListener(on: sink, port: Self.sinkPort)

        let capped = try LabTraffic.tcpSend(from: try Self.namespace(lab, d1), source: d1, to: sink, port: quotaPort,
                                            bytes: 1_000_000, timeout: .milliseconds(1500))
        #expect(capped.connected && capped.ending != .completed, "\(d1) sent 1 MB past a 100 KB inline quota: \(capped)")
        let received = limited.counts().bytes(from: d1)
        #expect(received <= Int(budget) + Self.onePacket && received >= Self.floor(budget),
                "the sink received \(received) bytes over a \(budget) byte inline quota")
        #expect(try !lab.canConnect(from: d1, to: sink, port: quotaPort, proto: .tcp, timeout: .milliseconds(500)),
                "a new connection under the spent inline quota got through")

        let other = try LabTraffic.tcpSend(from: try Self.namespace(lab, d1), source: d1, to: sink, port: Self.sinkPort,
                                           bytes: 300_000, timeout: .seconds(5))
        #expect(other.ending == .completed, "the inline quota stopped traffic of another allow: \(other)")
        #expect(free.counts().bytes(from: d1) == 300_000)
    }

    @Test("lab-quota.sluice's expect lines hold in the kernel before any budget is spent")
    func expectations() throws {
        let policyLab = try PolicyLab.start(TestEnvironment.fixture("lab-quota.sluice"))
        defer { policyLab.destroy() }
        #expect(policyLab.build?.diagnostics.isEmpty == true, "\(policyLab.build?.renderedDiagnostics ?? "")")
        let replay = try ExpectationReplay.run(policyLab)
        replay.checkAgreement()
        #expect(replay.probes.count == policyLab.policy.expectations.count)
    }

    static func address(_ text: String) throws -> LabAddress { try LabAddress(parsing: text) }

    /// The bytes of a quota binding of the compiled policy.
    static func budget(_ policyLab: PolicyLab, _ id: String) throws -> UInt64 {
        try #require(policyLab.compiled.quotas.first { $0.id == id }).bytes
    }

    /// The namespace that owns `address` (callable from any thread, unlike `#require`).
    static func namespace(_ lab: Lab, _ address: LabAddress) throws -> LabNamespace {
        guard let namespace = lab.namespace(owning: address) else { throw LabError.addressNotInLab(address) }
        return namespace
    }
}
