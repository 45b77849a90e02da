import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLab
import SluiceLanguage
import Testing

/// A host's own quota limit, written into its element of a per-host quota set, is where the kernel
/// stops it: the mechanism learned limits rest on (the set's `quota over` is only the template new
/// hosts start from).
@Suite("Per-element quota limits", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"),
       .timeLimit(.minutes(10)))
struct ElementLimitKernelTests {
    @Test("a host whose element says 400 KB sends past the set's 200 KB and stops at 400 KB")
    func theElementsLimitStopsTheHost() throws {
        let host = try LabAddress(parsing: "10.74.0.10")
        let sink = try LabAddress(parsing: "192.0.2.200")
        let lab = try WatchLab.gateway(hosts: [LabHostSpec(name: "bulk", addresses: [host])], outside: ["192.0.2.200"])
        defer { lab.destroy() }
        try lab.apply(try lab.policy("watch-gateway.sluice"))
        let listener = try lab.lab.tcpListener(on: sink, port: WatchLab.sinkPort)

        let connection = try NetfilterConnection(namespace: .named(lab.router.name))
        let key = ElementKey.address(try #require(AddressRange(parsing: "10.74.0.10")))
        try connection.restoreElementUsage([SetElement(key, quotaUsed: 0, quotaLimit: 400_000)],
                                           table: "sluice", set: "hq_bulk_1d_v4")

        let sent = try lab.send(from: host, to: sink, bytes: 1_000_000, timeout: .seconds(2))
        #expect(sent.connected && sent.ending != .completed, "1 MB past a 400 KB element limit: \(sent)")
        // The listener's thread may still be reading what got out.
        _ = listener.waitForBytes(WatchLab.floor(400_000), from: host, timeout: .seconds(3))
        let received = listener.counts().bytes(from: host)
        #expect(received <= 400_000 + WatchLab.onePacket, "the sink received \(received) bytes of a 400 KB limit")
        #expect(received >= WatchLab.floor(400_000), "the sink received only \(received) bytes of a 400 KB limit")
        let element = try #require(try connection.readSet(table: "sluice", name: "hq_bulk_1d_v4").elements.first)
        #expect(element.quotaLimit == 400_000)
    }
}
