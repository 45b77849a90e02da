import Foundation
import SluiceLab
import Testing

extension WatchKernelTests.HostMode {
    /// The shipped unit's sandbox makes kernel settings read-only (`ProtectKernelTunables=yes`),
    /// and conntrack's byte counters are off by default: flow accounting cannot turn them on.
    /// Before, the watcher then exited at start, and under `Restart=always` no host was ever
    /// contained. Now it runs without flow accounting, says so, and contains as before.
    @Test("kernel settings read-only and conntrack's byte counters off: the watcher runs without flows and still isolates")
    func readOnlyKernelSettings() throws {
        let node = try LabAddress(parsing: "10.40.0.5"), sink = try LabAddress(parsing: "192.0.2.200")
        let lab = try WatchLab.host(node: ["10.40.0.5"], management: try LabHostSpec(name: "mgmt", parsing: ["10.0.0.5"]),
                                    outside: ["192.0.2.200"])
        defer { lab.destroy() }
        try lab.apply(try lab.policy("watch-host.sluice"))
        try lab.lab.run(in: lab.router, ["sh", "-c", "echo 0 > /proc/sys/net/netfilter/nf_conntrack_acct"])
        _ = try lab.lab.tcpListener(on: sink, port: WatchLab.sinkPort)
        let watcher = try lab.startWatcher(readOnlyKernelSettings: true)
        #expect(watcher.log().contains("could not start flow accounting"), "\(watcher.log())")
        #expect(watcher.log().contains("Read-only file system"), "\(watcher.log())")

        let sent = try lab.send(from: node, to: sink, bytes: 1_000_000, timeout: .seconds(1))
        #expect(sent.ending != .completed)
        #expect(lab.waitForElement("ipv4", in: "isolated_self", seconds: 3) != nil,
                "the watcher did not isolate the node: \(watcher.log())")
        #expect(!(try lab.connects(node, sink, port: WatchLab.sinkPort)), "the isolated node still reaches the outside")
    }
}
