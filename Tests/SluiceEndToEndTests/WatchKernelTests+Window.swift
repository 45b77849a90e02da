import Foundation
import SluiceLab
import Testing

extension WatchKernelTests {
    /// `burst`: 100 KB per 10 s window per host, and no `on exceed`: the kernel holds the host to
    /// its budget, the watcher only reports, and opens the next window on time.
    @Suite("Window rollover", .timeLimit(.minutes(1)))
    struct Window {
        @Test("a 10 s window: spent, reported without containment, and open again after the boundary")
        func rollover() throws {
            let host = try LabAddress(parsing: "10.75.0.10"), sink = try LabAddress(parsing: "192.0.2.200")
            let lab = try WatchLab.gateway(hosts: [try LabHostSpec(name: "soc", parsing: ["10.0.0.2"]), LabHostSpec(name: "burst", addresses: [host])],
                                           outside: ["192.0.2.200"])
            defer { lab.destroy() }
            try lab.apply(try lab.policy("watch-gateway.sluice"))
            let listener = try lab.lab.tcpListener(on: sink, port: WatchLab.sinkPort)
            let watcher = try lab.startWatcher()

            // Start early enough in a window that spending it and checking take well under the rest.
            Self.sleepUntilWindowOffset(0.3, unlessBefore: 4)
            let first = try lab.send(from: host, to: sink, bytes: 300_000, timeout: .seconds(1))
            #expect(first.ending != .completed)
            let inFirst = listener.counts().bytes(from: host)
            #expect(inFirst <= 100_000 + WatchLab.onePacket && inFirst >= WatchLab.floor(100_000), "\(inFirst) bytes in the first window")
            let exceeded = watcher.waitForAlert(seconds: 2) { $0.host == "10.75.0.10" }
            #expect(exceeded?.event == "exceeded" && exceeded?.quota == "hq_burst_10s" && exceeded?.action == nil,
                    "a quota without `on exceed` is reported, not acted on: \(String(describing: exceeded))")
            for set in ["isolated_v4", "blocked_v4"] {
                #expect(try lab.element("10.75.0.10", in: set) == nil, "a host without `on exceed` ended up in \(set)")
            }
            #expect(try lab.status().usage("10.75.0.10", quota: "hq_burst_10s")?.spent == true)

            // The next window: the watcher reads and resets the kernel's counts at its first poll after the boundary.
            let rolled = watcher.logCount("quota window rolled over")
            Self.sleepUntilWindowOffset(0, unlessBefore: 0)
            #expect(Eventually.wait(seconds: 3) { watcher.logCount("quota window rolled over") > rolled } != nil,
                    "no rollover logged:\n\(watcher.log())")
            let reset = try lab.element("10.75.0.10", in: "hq_burst_10s_v4")
            #expect((reset.flatMap(SetListing.usedBytes) ?? 0) < 1_000, "the kernel still counts the old window: \(reset ?? "none")")
            let second = try lab.send(from: host, to: sink, bytes: 300_000, timeout: .seconds(1))
            #expect(second.ending != .completed)
            let inSecond = listener.counts().bytes(from: host) - inFirst
            #expect(inSecond <= 100_000 + WatchLab.onePacket && inSecond >= WatchLab.floor(100_000),
                    "\(inSecond) bytes in the second window of 100 KB")
            // A new window is a new incident.
            #expect(Eventually.wait(seconds: 2) { watcher.alerts().alerts.filter { $0.host == "10.75.0.10" }.count == 2 } != nil,
                    "\(watcher.alerts().alerts)")
            let starts = Set(watcher.alerts().alerts.filter { $0.host == "10.75.0.10" }.compactMap(\.windowStart))
            #expect(starts.count == 2, "both exceeded alerts name the same window: \(starts)")
        }

        /// Sleeps until `offset` seconds into a 10 s window: this one's if still ahead, else the
        /// next one's, unless the current offset is already between `offset` and `latest`.
        static func sleepUntilWindowOffset(_ offset: Double, unlessBefore latest: Double) {
            let now = Date().timeIntervalSince1970
            let start = (now / 10).rounded(.down) * 10
            if now - start >= offset && now - start < latest { return }
            var target = start + offset
            if target <= now { target += 10 }
            Thread.sleep(forTimeInterval: target - now)
        }
    }
}
