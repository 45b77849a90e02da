import SluiceLab
import Testing

/// A quota's group made smaller or moved: the hosts no longer in it have spent bytes in the
/// quota's sets, and the apply must still go through (a recreated set is sized to the new group),
/// keep the usage of the hosts that stay, and free the places of those that left.
@Suite("Apply: a quota's group narrowed or moved", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"),
       .timeLimit(.minutes(10)))
struct ApplyNarrowedGroupKernelTests {
    static let port: UInt16 = 9000

    @Test("three hosts spend bytes; bulk moved to another /24, then narrowed to one host: both applies succeed, only members keep usage")
    func narrowedAndMoved() throws {
        let hosts = try ["10.71.0.1", "10.71.0.2", "10.71.0.3"].map { try LabAddress(parsing: $0) }
        let sink = try LabAddress(parsing: "192.0.2.71")
        let applyLab = try ApplyLab.start(["apply-quota.sluice", "apply-quota-narrowed.sluice", "apply-quota-moved.sluice"])
        defer { applyLab.destroy() }
        let listener = try applyLab.lab.tcpListener(on: sink, port: Self.port)
        _ = listener

        try apply("apply-quota.sluice", in: applyLab)
        try spend(hosts, to: sink, in: applyLab)
        // Moved: same size, the set is kept, its three elements go.
        try apply("apply-quota-moved.sluice", in: applyLab)
        let moved = try quotaSet(applyLab)
        for host in hosts {
            #expect(ApplyUsageKernelTests.used(host.description, in: moved) == nil, "\(host) kept a place after leaving the group: \(moved)")
        }

        try apply("apply-quota.sluice", in: applyLab)
        try spend(hosts, to: sink, in: applyLab)
        // Narrowed to 10.71.0.1: the set is recreated for one host, with its usage only.
        try apply("apply-quota-narrowed.sluice", in: applyLab)
        let narrowed = try quotaSet(applyLab)
        #expect(ApplyUsageKernelTests.used("10.71.0.1", in: narrowed).map { $0 >= 20_000 } == true,
                "10.71.0.1's usage was not carried: \(narrowed)")
        for host in ["10.71.0.2", "10.71.0.3"] {
            #expect(ApplyUsageKernelTests.used(host, in: narrowed) == nil, "\(host) was carried into the narrowed set: \(narrowed)")
        }
        // Rolling back to the wider version works as well, and the one host left keeps sending.
        let back = try applyLab.sluice(["rollback"])
        #expect(back.status == 0, "sluice rollback: \(back.standardError)")
        #expect(try applyLab.lab.canConnect(from: hosts[0], to: sink, port: Self.port, proto: .tcp, timeout: .seconds(2)))
    }

    /// `sluice apply` of a fixture, which must succeed.
    private func apply(_ fixture: String, in applyLab: ApplyLab, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try applyLab.sluice(["apply", applyLab.fixture(fixture)])
        #expect(result.status == 0, "sluice apply \(fixture): \(result.standardError)", sourceLocation: sourceLocation)
    }

    /// Each host sends 20 KB to the sink, so that each has an element with used bytes.
    private func spend(_ hosts: [LabAddress], to sink: LabAddress, in applyLab: ApplyLab) throws {
        for host in hosts {
            guard let namespace = applyLab.lab.namespace(owning: host) else { throw LabError.addressNotInLab(host) }
            let sent = try LabTraffic.tcpSend(from: namespace, source: host, to: sink, port: Self.port, bytes: 20_000, timeout: .seconds(5))
            #expect(sent.ending == .completed, "\(host) could not send 20 KB: \(sent)")
        }
        let listing = try quotaSet(applyLab)
        for host in hosts {
            #expect(ApplyUsageKernelTests.used(host.description, in: listing) != nil, "\(host) has no element: \(listing)")
        }
    }

    private func quotaSet(_ applyLab: ApplyLab) throws -> String {
        try applyLab.nft(["list", "set", "inet", "sluice", "hq_bulk_1d_v4"]).standardOutput
    }
}
