import Foundation
import SluiceLab
import Testing

extension WatchKernelTests {
    /// The table disappears under a running watcher (an `nft flush ruleset` by another tool, a
    /// careless script) and `sluice apply` puts it back.
    @Suite("Table recreated", .timeLimit(.minutes(10)))
    struct Recreate {
        @Test("a running watcher puts usage and containment back into a recreated table, without a restart")
        func liveRestore() throws {
            let a = try LabAddress(parsing: "10.70.0.10"), c = try LabAddress(parsing: "10.70.0.50")
            let sink = try LabAddress(parsing: "192.0.2.200")
            let lab = try WatchLab.gateway(hosts: [try LabHostSpec(name: "soc", parsing: ["10.0.0.2"]),
                                                   LabHostSpec(name: "a", addresses: [a]), LabHostSpec(name: "c", addresses: [c])],
                                           outside: ["192.0.2.200"])
            defer { lab.destroy() }
            let policy = try lab.policy("watch-gateway.sluice")
            try lab.apply(policy)
            let listener = try lab.lab.tcpListener(on: sink, port: WatchLab.sinkPort)
            let port: UInt16 = 9813
            let watcher = try lab.startWatcher(["--metrics-address", "127.0.0.1:\(port)"])

            _ = try lab.send(from: c, to: sink, bytes: 1_000_000, timeout: .seconds(1))
            #expect(lab.waitForElement("10.70.0.50", in: "isolated_v4", seconds: 2) != nil)
            #expect(try lab.send(from: a, to: sink, bytes: 120_000, timeout: .seconds(5)).ending == .completed)
            // The watcher has read a's usage: what it can put back is what it has seen. A full read
            // of the per-host sets comes every poll on a small site, at least every 3 s on a large
            // one or in a slow (debug) build.
            let loopback = try LabAddress(parsing: "127.0.0.1")
            let seen = Eventually.wait(seconds: 6, interval: 0.2) {
                let body = (try? MetricsScrape.fetch(in: lab.router, address: loopback, port: port).body) ?? ""
                return (MetricsScrape.value("sluice_quota_used_bytes", ["quota": "hq_inside_1d", "host": "10.70.0.10"],
                                            in: body) ?? 0) >= 120_000
            }
            #expect(seen != nil, "the watcher never saw a's usage:\n\(watcher.log())")

            try lab.lab.run(in: lab.router, ["nft", "delete", "table", "inet", WatchLab.table])
            try lab.apply(policy)
            let recreated = Date()

            // Usage at the next poll; containment after the watcher's grace for elements it misses (2 s).
            var element = ""
            Eventually.wait(seconds: 4) {
                element = (try? lab.element("10.70.0.10", in: "hq_inside_1d_v4")) ?? ""
                return (SetListing.usedBytes(element) ?? 0) >= 120_000
            }
            let used = SetListing.usedBytes(element) ?? 0
            #expect(used >= 120_000 && used < 200_000, "a's usage was not put back into the recreated table: \(element)")
            #expect(lab.waitForElement("10.70.0.50", in: "isolated_v4", seconds: 5) != nil,
                    "c's isolation was not put back into the recreated table:\n\(watcher.log())")
            #expect(try lab.element("10.70.0.50", in: "isolated_v4")?.contains("expires 59m") == true, "c keeps what is left of its hour")
            #expect(Date().timeIntervalSince(recreated) < 5)
            #expect(watcher.isRunning)

            // a still has only the rest of its budget.
            let before = listener.counts().bytes(from: a)
            _ = try lab.send(from: a, to: sink, bytes: 200_000, timeout: .seconds(1))
            let more = listener.counts().bytes(from: a) - before
            #expect(more <= 200_000 - used + WatchLab.onePacket, "a got \(more) bytes out with \(200_000 - used) left")
        }
    }
}
