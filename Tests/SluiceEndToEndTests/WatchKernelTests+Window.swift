import Foundation
import SluiceLab
import Testing

extension WatchKernelTests {
    /// `burst`: 100 KB per 10 s window per host, and no `on exceed`: the kernel holds the host to
    /// its budget, the watcher only reports, and opens the next window on time.
    @Suite("Window rollover", .timeLimit(.minutes(10)))
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

            // Start well after a boundary (the watcher has rolled the window over by then: see
            // `boundary` below for why that matters) and early enough that spending the budget
            // and checking take well under the rest of the window.
            Self.sleepUntilWindowOffset(1.2, unlessBefore: 7)
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

        @Test("at a window boundary the budget starts afresh once: a host cannot get two budgets out in one window")
        func boundary() throws {
            let host = try LabAddress(parsing: "10.75.0.10"), sink = try LabAddress(parsing: "192.0.2.200")
            let lab = try WatchLab.gateway(hosts: [try LabHostSpec(name: "soc", parsing: ["10.0.0.2"]), LabHostSpec(name: "burst", addresses: [host])],
                                           outside: ["192.0.2.200"])
            defer { lab.destroy() }
            try lab.apply(try lab.policy("watch-gateway.sluice"))
            let listener = try lab.lab.tcpListener(on: sink, port: WatchLab.sinkPort)
            // The watcher polls every second from its start. Have its polls fall at least 0.4 s
            // after each whole second, so that its first poll after a boundary comes well after the
            // host below has spent its budget; a watcher that rolls windows over at the boundary
            // itself, as the documentation says, is not affected by this choice.
            var (watcher, phase, latency) = try Self.startWatcher(lab, label: "watch-0")
            for attempt in 1...3 where !(0.4...0.9).contains(phase) {
                try watcher.stop()
                let now = Date().timeIntervalSince1970
                var target = now.rounded(.down) + 0.65 - latency
                while target <= now { target += 1 }
                Thread.sleep(forTimeInterval: target - now)
                (watcher, phase, latency) = try Self.startWatcher(lab, label: "watch-\(attempt)")
            }
            try #require((0.4...0.9).contains(phase), "could not start the watcher with its polls at 0.4-0.9 s past the second: \(phase)")

            // Right after a boundary, the host sends as fast as it can: it spends the new
            // window's budget within milliseconds, before the watcher's next poll. Whatever the
            // watcher does then, the window that has just begun must not let more than its 100 KB out.
            Self.sleepUntilWindowOffset(0.1, unlessBefore: 0)
            let began = Date().timeIntervalSince1970
            let windowStart = Int((began / 10).rounded(.down) * 10)
            let sent = try lab.send(from: host, to: sink, bytes: 300_000, timeout: .seconds(3))
            #expect(Date().timeIntervalSince1970 < Double(windowStart) + 9, "the send outlasted its window")
            let received = listener.counts().bytes(from: host)
            #expect(received <= 100_000 + WatchLab.onePacket,
                    "\(received) bytes got out in the 10 s window that began \(began - Double(windowStart)) s before the send, against 100 KB: \(sent)\n\(watcher.log())")

            // What the watcher records names the window the bytes were sent in.
            let alerts = watcher.alerts().alerts.filter { $0.host == "10.75.0.10" }
            let expected = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(windowStart)))
            #expect(!alerts.isEmpty && alerts.allSatisfy { $0.windowStart == expected },
                    "the host spent its budget in the window of \(expected), the alerts say \(alerts.map { $0.windowStart ?? "-" })")
        }

        /// Starts the watcher and returns it with the sub-second phase of its polls (its first poll
        /// runs as it logs "watching", which `startWatcher` notices within 50 ms) and how long it
        /// took to start.
        static func startWatcher(_ lab: WatchLab, label: String) throws -> (WatcherRun, phase: Double, latency: Double) {
            let before = Date().timeIntervalSince1970
            let watcher = try lab.startWatcher(label: label)
            let ready = Date().timeIntervalSince1970 - 0.025
            return (watcher, ready - ready.rounded(.down), ready - before)
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
