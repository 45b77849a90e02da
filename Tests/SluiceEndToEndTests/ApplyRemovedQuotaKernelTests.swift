import SluiceLab
import Testing

/// Usage follows a quota's id through an apply that removes the quota, with no watcher to keep
/// it: the apply that deletes the quota's set and object stores what the kernel counted, and the
/// apply (or rollback) that brings the quota back starts it from there. Before, a host that had
/// spent its budget got a fresh one in the same window.
@Suite("Apply: usage kept through a quota's removal", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"),
       .timeLimit(.minutes(10)))
struct ApplyRemovedQuotaKernelTests {
    static let port: UInt16 = 9000

    @Test("spent, removed, back by apply or by rollback: still spent, per host and in total", arguments: ["apply", "rollback"])
    func spentStaysSpent(_ how: String) throws {
        let h1 = try LabAddress(parsing: "10.71.0.1"), h2 = try LabAddress(parsing: "10.71.0.2")
        let sink = try LabAddress(parsing: "192.0.2.71")
        let applyLab = try ApplyLab.start(["apply-quota-total.sluice"])
        defer { applyLab.destroy() }
        let lab = applyLab.lab
        try apply("apply-quota-total.sluice", in: applyLab)
        let listener = try lab.tcpListener(on: sink, port: Self.port)
        let spent = try LabTraffic.tcpSend(from: try #require(lab.namespace(owning: h1)), source: h1, to: sink, port: Self.port,
                                           bytes: 1_000_000, timeout: .milliseconds(1500))
        #expect(spent.ending != .completed, "\(h1) sent 1 MB past its 300 KB budget: \(spent)")
        let part = try LabTraffic.tcpSend(from: try #require(lab.namespace(owning: h2)), source: h2, to: sink, port: Self.port,
                                          bytes: 100_000, timeout: .seconds(5))
        #expect(part.ending == .completed, "\(h2) could not send 100 KB: \(part)")
        let hostUsed = try #require(ApplyUsageKernelTests.used("10.71.0.1", in: try quotaSet(applyLab)))
        let totalUsed = try #require(try objectUsed(applyLab))
        #expect(hostUsed >= QuotaKernelTests.floor(300_000), "h1 did not spend its budget: \(hostUsed)")

        try apply("apply-quota-removed.sluice", in: applyLab)
        #expect(throws: (any Error).self, "the quota's set outlived its removal") {
            try applyLab.nft(["list", "set", "inet", "sluice", "hq_bulk_1d_v4"])
        }
        if how == "apply" {
            try apply("apply-quota-total.sluice", in: applyLab)
        } else {
            let rolledBack = try applyLab.sluice(["rollback"])
            #expect(rolledBack.status == 0, "sluice rollback: \(rolledBack.standardError)")
        }

        let back = try quotaSet(applyLab)
        #expect(ApplyUsageKernelTests.used("10.71.0.1", in: back).map { $0 >= hostUsed } == true,
                "h1's usage did not come back with its quota (\(hostUsed) bytes before): \(back)")
        #expect(try objectUsed(applyLab).map { $0 >= totalUsed } == true, "the group total's usage did not come back (\(totalUsed) before)")
        let before = listener.counts().bytes(from: h1)
        #expect(try !lab.canConnect(from: h1, to: sink, port: Self.port, proto: .tcp, timeout: .milliseconds(500)),
                "\(h1) got a fresh budget in the same window")
        #expect(listener.counts().bytes(from: h1) == before)
    }

    private func apply(_ fixture: String, in applyLab: ApplyLab, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try applyLab.sluice(["apply", applyLab.fixture(fixture)])
        #expect(result.status == 0, "sluice apply \(fixture): \(result.standardError)", sourceLocation: sourceLocation)
    }

    private func quotaSet(_ applyLab: ApplyLab) throws -> String {
        try applyLab.nft(["list", "set", "inet", "sluice", "hq_bulk_1d_v4"]).standardOutput
    }

    /// The used bytes of the group total's quota object (`quota tq_bulk_1d { over 500000 bytes used N bytes }`).
    private func objectUsed(_ applyLab: ApplyLab) throws -> Int? {
        let listing = try applyLab.nft(["list", "quotas", "table", "inet", "sluice"]).standardOutput
        guard let match = listing.firstMatch(of: /over 500000 bytes used ([0-9]+) bytes/) else { return listing.contains("over 500000 bytes") ? 0 : nil }
        return Int(match.1)
    }
}
