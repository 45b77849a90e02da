import SluiceLab
import Testing

/// Re-applying a changed policy keeps what the kernel counted: per-host quota usage (also when the
/// quota set is recreated for a new limit) and containment elements added at runtime. Without
/// that, every re-apply would hand every host a fresh budget.
@Suite("Apply: usage and containment kept across re-apply", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"),
       .timeLimit(.minutes(10)))
struct ApplyUsageKernelTests {
    static let port: UInt16 = 9000

    @Test("300 KB per host: 150 KB, re-apply with a new destination, then the rest; raised to 350 KB: the recreated set carries the usage")
    func usageKept() throws {
        let h1 = try LabAddress(parsing: "10.71.0.1"), h2 = try LabAddress(parsing: "10.71.0.2"), h3 = try LabAddress(parsing: "10.71.0.3")
        let sink = try LabAddress(parsing: "192.0.2.71"), sink2 = try LabAddress(parsing: "192.0.2.72")
        let applyLab = try ApplyLab.start(["apply-quota.sluice"])
        defer { applyLab.destroy() }
        let lab = applyLab.lab

        try apply("apply-quota.sluice", in: applyLab)
        let listener = try lab.tcpListener(on: sink, port: Self.port)
        let listener2 = try lab.tcpListener(on: sink2, port: Self.port)
        try addRuntimeContainment(applyLab)

        // Phase 1: h1 and h2 spend half their budget.
        for host in [h1, h2] {
            let sent = try send(host, 150_000, to: sink, in: lab)
            #expect(sent.ending == .completed, "\(host) could not send 150 KB of a 300 KB budget: \(sent)")
        }

        try reapplyWider(applyLab, h1: h1, sink: sink, sink2: sink2, listener: listener, listener2: listener2)
        try raiseBudget(applyLab, h1: h1, h2: h2, sink: sink, sink2: sink2, listener: listener, listener2: listener2)
        try expectContainmentKept(applyLab, h3: h3, sink: sink, listener: listener)
    }

    /// `sluice apply` of a fixture, which must succeed.
    private func apply(_ fixture: String, in applyLab: ApplyLab, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try applyLab.sluice(["apply", applyLab.fixture(fixture)])
        #expect(result.status == 0, "sluice apply \(fixture): \(result.standardError)", sourceLocation: sourceLocation)
    }

    /// `bytes` over TCP from `source` to `destination`; more than 200 KB gets a short timeout, as
    /// a send past the budget stalls.
    private func send(_ source: LabAddress, _ bytes: Int, to destination: LabAddress, in lab: Lab) throws -> TCPSendResult {
        guard let namespace = lab.namespace(owning: source) else { throw LabError.addressNotInLab(source) }
        return try LabTraffic.tcpSend(from: namespace, source: source, to: destination, port: Self.port, bytes: bytes,
                                      timeout: bytes > 200_000 ? .milliseconds(1500) : .seconds(5))
    }

    /// The listing of the per-host quota set.
    private func quotaSet(_ applyLab: ApplyLab) throws -> String {
        try applyLab.nft(["list", "set", "inet", "sluice", "hq_bulk_1d_v4"]).standardOutput
    }

    /// Containment the watcher (or an operator) added at runtime, with a timeout.
    private func addRuntimeContainment(_ applyLab: ApplyLab) throws {
        try applyLab.nft(["add", "element", "inet", "sluice", "blocked_v4", "{ 10.71.0.3 timeout 1h }"])
        try applyLab.nft(["add", "element", "inet", "sluice", "blocked_v6", "{ fd00:71::3 timeout 1h }"])
        let blocked = try applyLab.sluice(["block", "10.71.0.4", "--for", "1h", "--reason", "apply-test"])
        #expect(blocked.status == 0, "sluice block: \(blocked.standardError)")
    }

    /// Re-apply with another destination: the quota set is unchanged and keeps the usage. h1 then
    /// tries to send far more than its budget, to both sinks: it gets only the rest.
    private func reapplyWider(_ applyLab: ApplyLab, h1: LabAddress, sink: LabAddress, sink2: LabAddress,
                              listener: TCPListener, listener2: TCPListener) throws {
        try apply("apply-quota-wider.sluice", in: applyLab)
        let kept = try quotaSet(applyLab)
        for host in ["10.71.0.1", "10.71.0.2"] {
            let used = Self.used(host, in: kept)
            #expect(used.map { $0 >= 150_000 && $0 <= 300_000 } == true, "\(host)'s usage after the re-apply: \(kept)")
        }
        let spent = try send(h1, 1_000_000, to: sink, in: applyLab.lab)
        #expect(spent.connected && spent.ending != .completed, "\(h1) sent 1 MB past its 300 KB budget: \(spent)")
        let afterWider = listener.counts().bytes(from: h1) + listener2.counts().bytes(from: h1)
        #expect(afterWider <= 300_000 + QuotaKernelTests.onePacket, "\(h1): \(afterWider) bytes arrived over a 300 KB budget across a re-apply")
        #expect(afterWider >= QuotaKernelTests.floor(300_000), "\(h1): only \(afterWider) bytes of a 300 KB budget arrived")
        #expect(try !applyLab.lab.canConnect(from: h1, to: sink2, port: Self.port, proto: .tcp, timeout: .milliseconds(500)),
                "\(h1) reached the new destination with its budget spent")
    }

    /// Raise the budget to 350 KB: the set is recreated, and every host's usage goes with it.
    private func raiseBudget(_ applyLab: ApplyLab, h1: LabAddress, h2: LabAddress, sink: LabAddress, sink2: LabAddress,
                             listener: TCPListener, listener2: TCPListener) throws {
        try apply("apply-quota-raised.sluice", in: applyLab)
        let carried = try quotaSet(applyLab)
        #expect(carried.contains("quota over 350000 bytes"), "\(carried)")
        let h2Used = Self.used("10.71.0.2", in: carried)
        #expect(h2Used.map { $0 >= 150_000 } == true, "10.71.0.2's usage was not carried into the recreated set: \(carried)")
        #expect(Self.used("10.71.0.1", in: carried).map { $0 >= 300_000 - 65_536 } == true,
                "10.71.0.1's usage was not carried into the recreated set: \(carried)")
        for (host, destination) in [(h2, sink2), (h1, sink)] {
            let sent = try send(host, 1_000_000, to: destination, in: applyLab.lab)
            #expect(sent.ending != .completed, "\(host) sent 1 MB past its 350 KB budget: \(sent)")
            let total = listener.counts().bytes(from: host) + listener2.counts().bytes(from: host)
            #expect(total <= 350_000 + QuotaKernelTests.onePacket, "\(host): \(total) bytes arrived over a 350 KB budget across two re-applies")
            #expect(total >= QuotaKernelTests.floor(350_000), "\(host): only \(total) bytes of a 350 KB budget arrived")
        }
    }

    /// The runtime containment survived both applies, timeout and all, and still blocks; usage
    /// and containment are not differences.
    private func expectContainmentKept(_ applyLab: ApplyLab, h3: LabAddress, sink: LabAddress, listener: TCPListener) throws {
        for (set, address) in [("blocked_v4", "10.71.0.3"), ("blocked_v6", "fd00:71::3"), ("blocked_v4", "10.71.0.4")] {
            let listing = try applyLab.nft(["list", "set", "inet", "sluice", set]).standardOutput
            #expect(listing.contains("\(address) timeout 1h expires"), "\(set) lost its element across re-applies: \(listing)")
        }
        #expect(try !applyLab.lab.canConnect(from: h3, to: sink, port: Self.port, proto: .tcp, timeout: .milliseconds(500)),
                "a blocked host got through after two re-applies")
        #expect(listener.counts().bytes(from: h3) == 0)
        // Usage and containment are not differences.
        #expect(try applyLab.diffStatus("apply-quota-raised.sluice") == 0)
    }

    /// The used bytes of `host`'s element in a quota set listing (`10.71.0.1 quota over N bytes used M bytes`).
    static func used(_ host: String, in listing: String) -> Int? {
        guard let range = listing.range(of: "\(host) quota over ") else { return nil }
        let rest = listing[range.upperBound...]
        guard let match = rest.firstMatch(of: /^[0-9]+ bytes used ([0-9]+) bytes/) else { return nil }
        return Int(match.1)
    }
}
