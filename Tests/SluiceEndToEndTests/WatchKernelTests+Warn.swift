import Foundation
import SluiceLab
import Testing

extension WatchKernelTests {
    /// `bulk` (200 KB per day each, `block for 1h`, `alert log`) with its quota made `warn`.
    @Suite("Warn quotas", .timeLimit(.minutes(10)))
    struct Warn {
        @Test("over a warn quota, a host keeps sending and is alerted about (event warn), never blocked")
        func overAWarnQuota() throws {
            let host = try LabAddress(parsing: "10.74.0.10")
            let sink = try LabAddress(parsing: "192.0.2.200")
            let lab = try WatchLab.gateway(hosts: [LabHostSpec(name: "bulk", addresses: [host])], outside: ["192.0.2.200"])
            defer { lab.destroy() }
            try lab.apply(try lab.policy("watch-gateway.sluice", replacing: [
                ("quota bulk    200 KB per day per host", "quota bulk    200 KB per day per host warn"),
            ]))
            let listener = try lab.lab.tcpListener(on: sink, port: WatchLab.sinkPort)
            let watcher = try lab.startWatcher()

            // Five times the budget goes through: the kernel announces the host but drops nothing.
            let sent = try lab.send(from: host, to: sink, bytes: 1_000_000, timeout: .seconds(5))
            #expect(sent.connected && sent.ending == .completed, "1 MB over a 200 KB warn quota: \(sent)")
            let received = listener.counts().bytes(from: host)
            #expect(received == 1_000_000, "the sink received \(received) of 1,000,000 bytes")

            let alert = watcher.waitForAlert(seconds: 3) { $0.host == "10.74.0.10" }
            #expect(alert?.event == "warn", "\(String(describing: alert))")
            #expect(alert?.quota == "hq_bulk_1d" && alert?.budget == 200_000, "\(String(describing: alert))")
            #expect(alert?.action == nil, "a warn alert names no containment: \(String(describing: alert))")
            #expect(try lab.element("10.74.0.10", in: "blocked_v4") == nil, "the host was blocked over a warn quota")
            #expect(try lab.connects(host, sink, port: WatchLab.sinkPort), "the host still reaches the sink afterwards")
        }
    }
}
