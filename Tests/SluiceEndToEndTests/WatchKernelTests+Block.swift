import Foundation
import SluiceLab
import Testing

extension WatchKernelTests {
    /// `bulk`: 200 KB per day per host, `block for 1h` over it.
    @Suite("Block on exceed", .timeLimit(.minutes(10)))
    struct Block {
        @Test("a host over its budget is blocked, not isolated: its egress stops, lateral traffic goes on")
        func blockedNotIsolated() throws {
            let x = try LabAddress(parsing: "10.74.0.10"), b = try LabAddress(parsing: "10.70.0.20")
            let soc = try LabAddress(parsing: "10.0.0.2"), sink = try LabAddress(parsing: "192.0.2.200")
            let lab = try WatchLab.gateway(hosts: [LabHostSpec(name: "soc", addresses: [soc]), LabHostSpec(name: "x", addresses: [x]),
                                                   LabHostSpec(name: "b", addresses: [b])],
                                           outside: ["192.0.2.200"])
            defer { lab.destroy() }
            try lab.apply(try lab.policy("watch-gateway.sluice"))
            _ = try lab.lab.tcpListener(on: sink, port: WatchLab.sinkPort)
            _ = try lab.lab.tcpListener(on: b, port: 7000)
            _ = try lab.lab.tcpListener(on: x, port: 7000)
            let watcher = try lab.startWatcher()

            #expect(try lab.send(from: x, to: sink, bytes: 1_000_000, timeout: .seconds(1)).ending != .completed)
            #expect(lab.waitForElement("10.74.0.10", in: "blocked_v4", seconds: 2) != nil, "\((try? lab.listSet("blocked_v4")) ?? "")")
            #expect(try lab.element("10.74.0.10", in: "blocked_v4")?.contains("timeout 1h") == true)
            #expect(try lab.element("10.74.0.10", in: "isolated_v4") == nil, "a block must not isolate")
            let alert = watcher.waitForAlert(seconds: 2) { $0.host == "10.74.0.10" }
            #expect(alert?.event == "contained" && alert?.action == "block for 1h" && alert?.quota == "hq_bulk_1d", "\(String(describing: alert))")

            let checks: [(LabAddress, LabAddress, UInt16, Bool, String)] = [
                (x, b, 7000, true, "blocked host, lateral out"),
                (b, x, 7000, true, "blocked host, lateral in"),
                (soc, x, 7000, true, "management to the blocked host"),
                (x, sink, WatchLab.sinkPort, false, "blocked host, egress"),
            ]
            for (check, outcome) in zip(checks, Concurrently.map(checks) { try lab.connects($0.0, $0.1, port: $0.2) }) {
                #expect(try outcome.get() == check.3, "\(check.4)")
            }
            let status = try lab.status()
            #expect(status.containments(of: "10.74.0.10").map(\.level) == ["block"], "\(status.containments)")
        }
    }
}
