import Foundation
@testable import SluiceLab
import Testing

/// Gateway mode: a host is contained with all the addresses its link-layer address answers for
/// (tester F: a dual-stack host blocked on its IPv4 address sent 500,000 bytes out over IPv6, and
/// one isolated on IPv4 reached the inside over IPv6). `SiblingContainmentTests` has the cases.
@Suite("A contained host's other addresses", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"),
       .timeLimit(.minutes(5)))
struct SiblingContainmentKernelTests {
    static let v4 = "10.70.0.10", v6 = "fd00:70::10"

    /// One dual-stack host inside, a sink on both families outside, the policy applied.
    static func dualStackHost() throws -> (WatchLab, [(LabAddress, LabAddress)], [TCPListener]) {
        let inside4 = try LabAddress(parsing: v4), inside6 = try LabAddress(parsing: v6)
        let sink4 = try LabAddress(parsing: "192.0.2.200"), sink6 = try LabAddress(parsing: "2001:db8:70::200")
        let lab = try WatchLab.gateway(hosts: [LabHostSpec(name: "in", addresses: [inside4, inside6])],
                                       outside: ["192.0.2.200", "2001:db8:70::200"])
        do {
            try lab.apply(try lab.policy("watch-management.sluice"))
            let listeners = [try lab.lab.tcpListener(on: sink4, port: WatchLab.sinkPort),
                             try lab.lab.tcpListener(on: sink6, port: WatchLab.sinkPort)]
            return (lab, [(inside4, sink4), (inside6, sink6)], listeners)
        } catch {
            lab.destroy()
            throw error
        }
    }

    /// Whether each family of the host reaches its sink.
    static func reaches(_ lab: WatchLab, _ pairs: [(LabAddress, LabAddress)]) throws -> [Bool] {
        try pairs.map { from, to in
            try lab.lab.canConnect(from: from, to: to, port: WatchLab.sinkPort, proto: .tcp, timeout: .milliseconds(800))
        }
    }

    @Test("sluice block of the IPv4 address blocks the host's IPv6 address too, and release frees both")
    func blockAndReleaseFollowTheHost() throws {
        let (lab, pairs, listeners) = try Self.dualStackHost()
        defer { listeners.forEach { $0.stop() }; lab.destroy() }
        // Both families out: the gateway's neighbour table now knows both addresses' link-layer address.
        #expect(try Self.reaches(lab, pairs) == [true, true])
        let block = try lab.sluice(["block", Self.v4, "--for", "1h"])
        #expect(block.status == 0, "\(block)")
        #expect(block.standardOutput.contains("blocked \(Self.v6) until"), "\(block.standardOutput)")
        #expect(try lab.element(Self.v6, in: "blocked_v6")?.contains("same link-layer address as \(Self.v4)") == true)
        #expect(try Self.reaches(lab, pairs) == [false, false], "a family of the blocked host still got out")
        let release = try lab.sluice(["release", Self.v4])
        #expect(release.status == 0 && release.standardOutput.contains("released \(Self.v6)"), "\(release)")
        #expect(try Self.reaches(lab, pairs) == [true, true])
    }

    @Test("the watcher contains the other addresses of a host contained by anyone")
    func theWatcherFollowsTheHost() throws {
        let (lab, pairs, listeners) = try Self.dualStackHost()
        defer { listeners.forEach { $0.stop() }; lab.destroy() }
        #expect(try Self.reaches(lab, pairs) == [true, true])
        let watcher = try lab.startWatcher()
        // An isolation the watcher did not make and that did not follow the host (another tool's element).
        try lab.lab.run(in: lab.router, ["nft", "add", "element", "inet", "sluice", "isolated_v4", "{ \(Self.v4) timeout 1h }"])
        let followed = Eventually.wait(seconds: 10) { ((try? lab.element(Self.v6, in: "isolated_v6")) ?? nil) != nil }
        #expect(followed != nil, "the watcher left \(Self.v6) free: \(watcher.log())")
        #expect(try Self.reaches(lab, pairs) == [false, false])
        let alerts = Eventually.wait(seconds: 5) { watcher.alerts().alerts.contains { $0.host == Self.v6 && $0.event == "contained" } }
        #expect(alerts != nil, "no alert named \(Self.v6)")
        // Released with the watcher running (tester J: the two addresses contained each other
        // again, thousands of times): both stay free.
        let release = try lab.sluice(["release", Self.v4])
        #expect(release.status == 0, "\(release)")
        Thread.sleep(forTimeInterval: 3)
        #expect(try lab.element(Self.v4, in: "isolated_v4") == nil && lab.element(Self.v6, in: "isolated_v6") == nil,
                "contained again after the release: \(watcher.log())")
        #expect(try Self.reaches(lab, pairs) == [true, true])
        #expect(watcher.alerts().alerts.filter { $0.event == "contained" }.count <= 2, "\(watcher.alerts().alerts.map(\.event))")
        _ = try watcher.stop()
    }
}
