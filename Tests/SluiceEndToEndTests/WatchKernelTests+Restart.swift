import Foundation
import Glibc
import SluiceLab
import Testing

extension WatchKernelTests {
    /// The watcher dies or the machine restarts: the kernel keeps enforcing on its own, and the
    /// watcher that comes back picks up usage and containment where they were.
    @Suite("Crash and reboot", .timeLimit(.minutes(1)))
    struct Restart {
        static let a = "10.70.0.10", b = "10.70.0.20", c = "10.70.0.50", d = "10.70.0.60"

        static func makeLab() throws -> WatchLab {
            try WatchLab.gateway(hosts: [try LabHostSpec(name: "soc", parsing: ["10.0.0.2"]),
                                         try LabHostSpec(name: "a", parsing: [a]), try LabHostSpec(name: "b", parsing: [b]),
                                         try LabHostSpec(name: "c", parsing: [c]), try LabHostSpec(name: "d", parsing: [d])],
                                 outside: ["192.0.2.200"])
        }

        @Test("SIGKILL: the kernel keeps enforcing while the watcher is down; the restarted watcher keeps usage and containment and contains what it missed")
        func sigkillAndRestart() throws {
            let a = try LabAddress(parsing: Self.a), b = try LabAddress(parsing: Self.b)
            let c = try LabAddress(parsing: Self.c), d = try LabAddress(parsing: Self.d)
            let soc = try LabAddress(parsing: "10.0.0.2"), sink = try LabAddress(parsing: "192.0.2.200")
            let lab = try Self.makeLab()
            defer { lab.destroy() }
            try lab.apply(try lab.policy("watch-gateway.sluice"))
            let listener = try lab.lab.tcpListener(on: sink, port: WatchLab.sinkPort)
            _ = try lab.lab.tcpListener(on: b, port: 7000)
            _ = try lab.lab.tcpListener(on: c, port: 22)
            let first = try lab.startWatcher(label: "watch-1")

            // c is isolated for an hour; a and d spend 120 KB of their 200 KB each.
            _ = try lab.send(from: c, to: sink, bytes: 1_000_000, timeout: .seconds(1))
            #expect(lab.waitForElement(Self.c, in: "isolated_v4", seconds: 2) != nil)
            for host in [a, d] {
                let sent = try lab.send(from: host, to: sink, bytes: 120_000, timeout: .seconds(5))
                #expect(sent.ending == .completed, "\(host) within budget: \(sent)")
            }

            #expect(try first.crash() == 128 + SIGKILL, "the watcher did not die of SIGKILL")

            // While no watcher runs: the isolation holds (a kernel timeout, not a process) ...
            let down: [(LabAddress, LabAddress, UInt16, Bool, String)] = [
                (c, b, 7000, false, "isolated host, lateral, watcher down"),
                (c, sink, WatchLab.sinkPort, false, "isolated host, egress, watcher down"),
                (soc, c, 22, true, "management to the isolated host, watcher down"),
            ]
            for (check, outcome) in zip(down, Concurrently.map(down) { try lab.connects($0.0, $0.1, port: $0.2) }) {
                #expect(try outcome.get() == check.3, "\(check.4)")
            }
            // ... and the kernel stops a at its budget: only what was left of it gets out.
            let before = listener.counts().bytes(from: a)
            #expect(before == 120_000)
            let more = try lab.send(from: a, to: sink, bytes: 200_000, timeout: .seconds(1))
            #expect(more.ending != .completed, "a sent 320 KB in all against 200 KB while the watcher was down: \(more)")
            let total = listener.counts().bytes(from: a)
            #expect(total <= 200_000 + WatchLab.onePacket, "a got \(total) bytes out of a 200 KB budget while the watcher was down")
            #expect(total - before <= 80_000 + WatchLab.onePacket, "a got \(total - before) more bytes out, with 80 KB left")
            #expect(try lab.element(Self.a, in: "isolated_v4") == nil, "nobody but the watcher should have contained a")

            // The watcher comes back: usage and containment are where they were, and a, which
            // spent its budget while nobody watched, is isolated at the first poll.
            let second = try lab.startWatcher(label: "watch-2")
            let restartedAt = Date()
            let caught = lab.waitForElement(Self.a, in: "isolated_v4", seconds: 3)
            #expect(caught != nil, "the restarted watcher did not contain a, which spent its budget while it was down")
            let status = try lab.status()
            let dUsage = status.usage(Self.d, quota: "hq_inside_1d")
            #expect((dUsage?.used ?? 0) >= 120_000 && dUsage?.spent == false, "d's usage after the restart: \(String(describing: dUsage))")
            #expect(status.usage(Self.a, quota: "hq_inside_1d")?.spent == true)
            let cHeld = status.containments(of: Self.c)
            #expect(cHeld.count == 1 && cHeld.first?.level == "isolate" && cHeld.first?.origin == "watcher"
                    && cHeld.first?.reason.contains("hq_inside_1d") == true, "c's containment after the restart: \(cHeld)")
            let left = cHeld.first?.expires?.timeIntervalSince(restartedAt) ?? 0
            #expect(left > 3_500 && left <= 3_600, "c's hour of isolation after the restart: \(left) s left")
            let cElement = try lab.element(Self.c, in: "isolated_v4") ?? ""
            #expect(cElement.contains("expires 59m"), "c's element after the restart: \(cElement)")

            let alerts = second.waitForAlert(seconds: 2) { $0.event == "contained" && $0.host == Self.a }
            #expect(alerts?.quota == "hq_inside_1d", "\(second.alerts().alerts)")
            #expect(!second.alerts().alerts.contains { $0.host == Self.c && $0.event == "contained" },
                    "the restarted watcher contained c a second time")
            var incidents: [IncidentJSON] = []
            Eventually.wait(seconds: 3) {
                incidents = (try? lab.incidents()) ?? []
                return incidents.contains { $0.host == Self.a }
            }
            #expect(incidents.filter { $0.host == Self.a }.count == 1, "\(incidents)")
            #expect(incidents.filter { $0.host == Self.c }.count == 1, "c's incident was recorded again after the restart: \(incidents)")
            #expect(incidents.filter { $0.host == Self.d }.isEmpty)
        }

        @Test("reboot: the table is gone and applied again; the watcher puts recorded usage and containment back before it watches")
        func rebootRestore() throws {
            let a = try LabAddress(parsing: Self.a), c = try LabAddress(parsing: Self.c)
            let sink = try LabAddress(parsing: "192.0.2.200")
            let lab = try Self.makeLab()
            defer { lab.destroy() }
            let policy = try lab.policy("watch-gateway.sluice")
            try lab.apply(policy)
            let listener = try lab.lab.tcpListener(on: sink, port: WatchLab.sinkPort)
            let first = try lab.startWatcher(["--flush", "1s"], label: "watch-1")

            _ = try lab.send(from: c, to: sink, bytes: 1_000_000, timeout: .seconds(1))
            #expect(lab.waitForElement(Self.c, in: "isolated_v4", seconds: 2) != nil)
            let sent = try lab.send(from: a, to: sink, bytes: 120_000, timeout: .seconds(5))
            #expect(sent.ending == .completed)
            let spentBefore = try #require(SetListing.usedBytes(try lab.element(Self.a, in: "hq_inside_1d_v4") ?? ""))
            #expect(spentBefore >= 120_000 && spentBefore < 200_000, "a's kernel usage: \(spentBefore)")
            // One poll and one flush, so the usage is in the store before the clean stop.
            Thread.sleep(forTimeInterval: 2.2)
            #expect(try first.stop() == 0, "SIGTERM should stop the watcher cleanly:\n\(first.log())")
            #expect(first.log().contains("stopped watching"))

            // What a reboot does to the kernel, then the boot's `sluice apply`.
            try lab.lab.run(in: lab.router, ["nft", "delete", "table", "inet", WatchLab.table])
            try lab.apply(policy)
            #expect(try lab.element(Self.a, in: "hq_inside_1d_v4") == nil, "the fresh table should count nothing yet")
            #expect(try lab.element(Self.c, in: "isolated_v4") == nil, "the fresh table should contain nobody yet")

            // Before it says "watching", the watcher has put usage and containment back.
            let second = try lab.startWatcher(label: "watch-2")
            let restored = try lab.element(Self.a, in: "hq_inside_1d_v4")
            let used = SetListing.usedBytes(restored ?? "") ?? 0
            #expect(used >= spentBefore && used < 200_000, "a's usage in the kernel right after the start: \(restored ?? "none")")
            let cQuota = try lab.element(Self.c, in: "hq_inside_1d_v4")
            #expect(SetListing.usedBytes(cQuota ?? "") == 200_000, "c's spent budget right after the start: \(cQuota ?? "none")")
            let cElement = try lab.element(Self.c, in: "isolated_v4")
            #expect(cElement?.contains("expires 59m") == true, "c's isolation right after the start: \(cElement ?? "none")")
            #expect(second.log().contains("restored"), "\(second.log())")

            // Only the rest of the budget gets out, and then the watcher contains a.
            let before = listener.counts().bytes(from: a)
            let more = try lab.send(from: a, to: sink, bytes: 200_000, timeout: .seconds(1))
            #expect(more.ending != .completed, "a sent 320 KB in all against 200 KB across a reboot")
            let after = listener.counts().bytes(from: a) - before
            #expect(after <= 200_000 - used + WatchLab.onePacket, "a got \(after) bytes out with \(200_000 - used) left after the reboot")
            #expect(after >= WatchLab.floor(200_000 - used), "a got only \(after) bytes out with \(200_000 - used) left")
            #expect(lab.waitForElement(Self.a, in: "isolated_v4", seconds: 2) != nil)
        }
    }
}
