import Foundation
import Glibc
import SluiceLab
import Testing

extension WatchKernelTests {
    /// The watcher dies or the machine restarts: the kernel keeps enforcing on its own, and the
    /// watcher that comes back picks up usage and containment where they were.
    @Suite("Crash and reboot", .timeLimit(.minutes(10)))
    struct Restart {
        static let a = "10.70.0.10", b = "10.70.0.20", c = "10.70.0.50", d = "10.70.0.60", e = "10.72.0.10"

        static func makeLab() throws -> WatchLab {
            try WatchLab.gateway(hosts: [try LabHostSpec(name: "soc", parsing: ["10.0.0.2"]),
                                         try LabHostSpec(name: "a", parsing: [a]), try LabHostSpec(name: "b", parsing: [b]),
                                         try LabHostSpec(name: "c", parsing: [c]), try LabHostSpec(name: "d", parsing: [d]),
                                         try LabHostSpec(name: "e", parsing: [e])],
                                 outside: ["192.0.2.200"])
        }

        @Test("SIGKILL: the kernel keeps enforcing while the watcher is down; the restarted watcher keeps usage and containment and contains what it missed")
        func sigkillAndRestart() throws {
            let a = try LabAddress(parsing: Self.a), b = try LabAddress(parsing: Self.b)
            let c = try LabAddress(parsing: Self.c), d = try LabAddress(parsing: Self.d), e = try LabAddress(parsing: Self.e)
            let soc = try LabAddress(parsing: "10.0.0.2"), sink = try LabAddress(parsing: "192.0.2.200")
            let lab = try Self.makeLab()
            defer { lab.destroy() }
            try lab.apply(try lab.policy("watch-gateway.sluice"))
            let listener = try lab.lab.tcpListener(on: sink, port: WatchLab.sinkPort)
            _ = try lab.lab.tcpListener(on: b, port: 7000)
            _ = try lab.lab.tcpListener(on: c, port: 22)
            let first = try lab.startWatcher(label: "watch-1")

            try containAndSpend(lab, c: c, e: e, a: a, d: d, sink: sink)

            #expect(try first.crash() == 128 + SIGKILL, "the watcher did not die of SIGKILL")
            let crashedAt = Date()
            // While it is down, an operator releases d.
            #expect(try lab.sluice(["release", Self.d]).standardOutput.hasPrefix("released \(Self.d)"))
            try expectEnforcedWhileDown(lab, listener: listener, a: a, b: b, c: c, soc: soc, sink: sink)

            // The watcher comes back: usage and containment are where they were, and a, which
            // spent its budget while nobody watched, is isolated at the first poll.
            let second = try lab.startWatcher(label: "watch-2")
            let restartedAt = Date()
            try expectPickedUp(lab, restartedAt: restartedAt)
            try expectNothingCameBack(lab, crashedAt: crashedAt)
            expectRecordedOnce(lab, second)
        }

        /// c is isolated for an hour and e for 3 s; a and d spend 120 KB of their 200 KB each;
        /// d is also isolated by hand until released. Returns once the store has the containments.
        private func containAndSpend(_ lab: WatchLab, c: LabAddress, e: LabAddress, a: LabAddress, d: LabAddress,
                                     sink: LabAddress) throws {
            _ = Concurrently.map([c, e]) { try lab.send(from: $0, to: sink, bytes: 1_000_000, timeout: .seconds(1)) }
            #expect(lab.waitForElement(Self.c, in: "isolated_v4", seconds: 2) != nil)
            #expect(lab.waitForElement(Self.e, in: "isolated_v4", seconds: 2) != nil)
            for host in [a, d] {
                let sent = try lab.send(from: host, to: sink, bytes: 120_000, timeout: .seconds(5))
                #expect(sent.ending == .completed, "\(host) within budget: \(sent)")
            }
            #expect(try lab.sluice(["isolate", Self.d, "--reason", "soc ticket 42"]).status == 0)
            #expect(try lab.element(Self.d, in: "isolated_v4") != nil)
            // The store writes of the containments are asynchronous; let them land before the crash.
            Eventually.wait(seconds: 3) { ((try? lab.incidents()) ?? []).contains { $0.host == Self.e } }
        }

        /// While no watcher runs: the isolation holds (a kernel timeout, not a process), and the
        /// kernel stops a at its budget.
        private func expectEnforcedWhileDown(_ lab: WatchLab, listener: TCPListener, a: LabAddress, b: LabAddress, c: LabAddress,
                                             soc: LabAddress, sink: LabAddress) throws {
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
        }

        /// The restarted watcher contains a, which spent its budget while it was down, and has
        /// d's usage and c's containment where they were.
        private func expectPickedUp(_ lab: WatchLab, restartedAt: Date) throws {
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
        }

        /// e's 3 s ended while no watcher ran, and d was released then: neither may come back,
        /// not even after the watcher's grace for elements it believes lost (2 s).
        private func expectNothingCameBack(_ lab: WatchLab, crashedAt: Date) throws {
            Eventually.sleep(until: .now + .seconds(3))
            #expect(Date().timeIntervalSince(crashedAt) > 3)
            #expect(try lab.element(Self.e, in: "isolated_v4") == nil, "an isolation that expired while the watcher was down came back")
            #expect(try lab.element(Self.d, in: "isolated_v4") == nil, "a release made while the watcher was down was undone")
            let after = try lab.status()
            #expect(after.containments(of: Self.e).isEmpty && after.containments(of: Self.d).isEmpty, "\(after.containments)")
        }

        /// The restarted watcher alerts and records a's containment once, and c's not again.
        private func expectRecordedOnce(_ lab: WatchLab, _ second: WatcherRun) {
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
            #expect(incidents.filter { $0.host == Self.d }.map(\.quotaID) == ["manual"], "\(incidents)")
        }

        @Test("reboot: the table is gone and applied again; the watcher puts recorded usage and containment back before it watches",
              arguments: [SIGTERM, SIGKILL])
        func rebootRestore(stoppedBy signal: Int32) throws {
            let a4 = try LabAddress(parsing: Self.a), a6 = try LabAddress(parsing: "fd00:70::10"), c = try LabAddress(parsing: Self.c)
            let f1 = try LabAddress(parsing: "10.71.0.1"), f2 = try LabAddress(parsing: "10.71.0.2")
            let sink4 = try LabAddress(parsing: "192.0.2.200"), sink6 = try LabAddress(parsing: "2001:db8:70::200")
            let lab = try WatchLab.gateway(hosts: [try LabHostSpec(name: "soc", parsing: ["10.0.0.2"]),
                                                   LabHostSpec(name: "a", addresses: [a4, a6]), LabHostSpec(name: "c", addresses: [c]),
                                                   try LabHostSpec(name: "d", parsing: [Self.d]),
                                                   LabHostSpec(name: "f1", addresses: [f1]), LabHostSpec(name: "f2", addresses: [f2])],
                                           outside: ["192.0.2.200", "2001:db8:70::200"])
            defer { lab.destroy() }
            let policy = try lab.policy("watch-gateway.sluice")
            try lab.apply(policy)
            let listener4 = try lab.lab.tcpListener(on: sink4, port: WatchLab.sinkPort)
            let listener6 = try lab.lab.tcpListener(on: sink6, port: WatchLab.sinkPort)
            let first = try lab.startWatcher(["--flush", "1s"], label: "watch-1")

            let before = try spendAndContain(lab, c: c, a4: a4, a6: a6, f1: f1, sink4: sink4, sink6: sink6)
            // A poll and a flush (1 s each), so the usage is in the store even without a clean stop.
            Thread.sleep(forTimeInterval: 2.5)
            if signal == SIGTERM {
                #expect(try first.stop() == 0, "SIGTERM should stop the watcher cleanly:\n\(first.log())")
                #expect(first.log().contains("stopped watching"))
            } else {
                #expect(try first.crash() == 128 + SIGKILL)
            }

            // What a reboot does to the kernel, then the boot's `sluice apply`.
            try reboot(lab, policy: policy)

            // Before it says "watching", the watcher has put usage and containment back.
            let second = try lab.startWatcher(label: "watch-2")
            let restored = try expectRestored(lab, second, before: before)

            // Only the rest of each budget gets out, and then the watcher contains a.
            expectRestOfBudgets(lab, restored, listener4: listener4, listener6: listener6,
                                a4: a4, a6: a6, f2: f2, sink4: sink4, sink6: sink6)
        }

        /// c is isolated for an hour, d by hand until released; a spends 120 KB of 200 KB on each
        /// family, f1 180 KB of the fleet's shared 300 KB. Returns that usage as the kernel counts it.
        private func spendAndContain(_ lab: WatchLab, c: LabAddress, a4: LabAddress, a6: LabAddress, f1: LabAddress,
                                     sink4: LabAddress, sink6: LabAddress) throws -> (a4: Int, a6: Int, total: Int) {
            _ = try lab.send(from: c, to: sink4, bytes: 1_000_000, timeout: .seconds(1))
            #expect(lab.waitForElement(Self.c, in: "isolated_v4", seconds: 2) != nil)
            #expect(try lab.sluice(["isolate", Self.d, "--reason", "until we know"]).status == 0)
            for (source, sink, bytes) in [(a4, sink4, 120_000), (a6, sink6, 120_000), (f1, sink4, 180_000)] {
                #expect(try lab.send(from: source, to: sink, bytes: bytes, timeout: .seconds(5)).ending == .completed)
            }
            let a4Before = try #require(SetListing.usedBytes(try lab.element(Self.a, in: "hq_inside_1d_v4") ?? ""))
            let a6Before = try #require(SetListing.usedBytes(try lab.element("fd00:70::10", in: "hq_inside_1d_v6") ?? ""))
            let totalBefore = try #require(Self.quotaUsed(try lab.lab.run(in: lab.router, ["nft", "list", "quota", "inet", WatchLab.table,
                                                                                          "tq_fleet_1d"]).standardOutput))
            #expect(a4Before >= 120_000 && a4Before < 200_000 && a6Before >= 120_000 && a6Before < 200_000)
            #expect(totalBefore >= 180_000 && totalBefore < 300_000)
            return (a4Before, a6Before, totalBefore)
        }

        /// Deletes the table as a reboot would, and applies `policy` again as the boot does.
        private func reboot(_ lab: WatchLab, policy: String) throws {
            try lab.lab.run(in: lab.router, ["nft", "delete", "table", "inet", WatchLab.table])
            try lab.apply(policy)
            // The apply itself puts the recorded usage and containment back (the watcher has not started).
            #expect(SetListing.usedBytes(try lab.element(Self.a, in: "hq_inside_1d_v4") ?? "").map { $0 > 0 } == true,
                    "the apply that recreated the table put back no recorded usage")
            #expect(try lab.element(Self.c, in: "isolated_v4") != nil, "the apply freed a host the history holds isolated")
        }

        /// Right after the start, the kernel has a's, c's and f1's usage and the fleet's total back,
        /// and c's and d's isolation. Returns a's usage on each family and the fleet's total.
        private func expectRestored(_ lab: WatchLab, _ second: WatcherRun,
                                    before: (a4: Int, a6: Int, total: Int)) throws -> (used4: Int, used6: Int, total: Int) {
            let (a4Before, a6Before, totalBefore) = before
            let elements = try [("hq_inside_1d_v4", Self.a), ("hq_inside_1d_v6", "fd00:70::10"), ("hq_inside_1d_v4", Self.c),
                                ("hq_fleet_1d_v4", "10.71.0.1")].map { try lab.element($0.1, in: $0.0) }
            let used4 = SetListing.usedBytes(elements[0] ?? "") ?? 0, used6 = SetListing.usedBytes(elements[1] ?? "") ?? 0
            #expect(used4 >= a4Before && used4 < 200_000, "a's IPv4 usage in the kernel right after the start: \(elements[0] ?? "none")")
            #expect(used6 >= a6Before && used6 < 200_000, "a's IPv6 usage in the kernel right after the start: \(elements[1] ?? "none")")
            #expect(SetListing.usedBytes(elements[2] ?? "") == 200_000, "c's spent budget right after the start: \(elements[2] ?? "none")")
            #expect((SetListing.usedBytes(elements[3] ?? "") ?? 0) >= 180_000, "f1's own usage right after the start: \(elements[3] ?? "none")")
            let quotaText = try lab.lab.run(in: lab.router, ["nft", "list", "quota", "inet", WatchLab.table, "tq_fleet_1d"]).standardOutput
            let total = Self.quotaUsed(quotaText) ?? 0
            #expect(total >= totalBefore && total < 300_000, "the fleet's shared usage right after the start: \(quotaText)")
            let cElement = try lab.element(Self.c, in: "isolated_v4")
            #expect(cElement?.contains("expires 59m") == true, "c's isolation right after the start: \(cElement ?? "none")")
            let dElement = try lab.element(Self.d, in: "isolated_v4")
            #expect(dElement != nil && dElement?.contains("timeout") == false,
                    "d's isolation until released, right after the start: \(dElement ?? "none")")
            return (used4, used6, total)
        }

        /// a, on each family, and f2, of the fleet's total, get only the rest of their budgets out;
        /// then the watcher isolates a and f2.
        private func expectRestOfBudgets(_ lab: WatchLab, _ restored: (used4: Int, used6: Int, total: Int),
                                         listener4: TCPListener, listener6: TCPListener, a4: LabAddress, a6: LabAddress,
                                         f2: LabAddress, sink4: LabAddress, sink6: LabAddress) {
            let (used4, used6, total) = restored
            let counts = [listener4.counts(), listener6.counts()]
            let more = Concurrently.map([(a4, sink4), (a6, sink6), (f2, sink4)]) { source, sink in
                try lab.send(from: source, to: sink, bytes: 200_000, timeout: .seconds(1))
            }
            for (index, (source, used)) in [(a4, used4), (a6, used6)].enumerated() {
                #expect((try? more[index].get().ending) != .completed, "\(source) sent 320 KB in all against 200 KB across a reboot")
                let listener = index == 0 ? listener4 : listener6
                let after = listener.counts().bytes(from: source) - counts[index].bytes(from: source)
                #expect(after <= 200_000 - used + WatchLab.onePacket, "\(source) got \(after) bytes out with \(200_000 - used) left after the reboot")
                #expect(after >= WatchLab.floor(200_000 - used), "\(source) got only \(after) bytes out with \(200_000 - used) left")
            }
            let f2Out = listener4.counts().bytes(from: f2)
            #expect(f2Out <= 300_000 - total + WatchLab.onePacket, "f2 got \(f2Out) bytes out with \(300_000 - total) left of the fleet's total")
            #expect(lab.waitForElement(Self.a, in: "isolated_v4", seconds: 2) != nil)
            #expect(lab.waitForElement("fd00:70::10", in: "isolated_v6", seconds: 2) != nil)
            #expect(lab.waitForElement("10.71.0.2", in: "isolated_v4", seconds: 2) != nil, "f2 spent the rest of the total")
        }

        /// The `used N bytes` of `nft list quota` output.
        static func quotaUsed(_ listing: String) -> Int? {
            let words = listing.split(whereSeparator: \.isWhitespace)
            guard let i = words.firstIndex(of: "used"), i + 1 < words.count else { return nil }
            return Int(words[i + 1])
        }
    }
}
