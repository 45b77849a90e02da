import Foundation
import SluiceLab
import Testing

extension WatchKernelTests {
    /// Containments that end: by their own timeout (`isolate for 3s` in the policy, `sluice block
    /// --for 2s`) and by `sluice release`.
    @Suite("Expiry and release", .timeLimit(.minutes(10)))
    struct Expiry {
        @Test("isolate for 3s ends on time, lateral traffic returns but the spent budget still holds egress; release and block --for end too")
        func expiryAndRelease() throws {
            let e = try LabAddress(parsing: "10.72.0.10")   // brief: isolate for 3s
            let g = try LabAddress(parsing: "10.70.0.30")   // inside: isolate for 1h, then released
            let h = try LabAddress(parsing: "10.70.0.40")   // inside: blocked by hand for 2 s
            let b = try LabAddress(parsing: "10.70.0.20")   // an inside host to reach laterally
            let sink = try LabAddress(parsing: "192.0.2.200")
            let lab = try WatchLab.gateway(hosts: [try LabHostSpec(name: "soc", parsing: ["10.0.0.2"]),
                                                   LabHostSpec(name: "e", addresses: [e]), LabHostSpec(name: "g", addresses: [g]),
                                                   LabHostSpec(name: "h", addresses: [h]), LabHostSpec(name: "b", addresses: [b])],
                                           outside: ["192.0.2.200"])
            defer { lab.destroy() }
            try lab.apply(try lab.policy("watch-gateway.sluice"))
            _ = try lab.lab.tcpListener(on: sink, port: WatchLab.sinkPort)
            _ = try lab.lab.tcpListener(on: b, port: 7000)
            let watcher = try lab.startWatcher()

            let containedAt = try isolateOverBudget(lab, watcher, e, g, sink: sink)
            let blockedAt = try blockByHand(lab)

            let during: [(LabAddress, LabAddress, UInt16, Bool, String)] = [
                (e, b, 7000, false, "isolated host, lateral"),
                (h, sink, WatchLab.sinkPort, false, "blocked host, egress"),
                (h, b, 7000, true, "blocked host, lateral (a block stops egress only)"),
            ]
            try expectConnections(during, in: lab, "while contained")

            let releasedAt = try releaseByHand(lab)
            try expectEndsOnTime(lab, containedAt: containedAt, blockedAt: blockedAt, releasedAt: releasedAt)

            // After the end: lateral traffic is back for both isolated hosts. Their egress stays
            // dropped, though: containment lasts its `for`, but the budget is the window's, and the
            // kernel keeps a spent per-host quota spent until the window ends (the language's
            // "the kernel itself stops a host's egress the moment its quota is spent"). The block
            // had nothing to do with a budget, so that host's egress is back.
            let after: [(LabAddress, LabAddress, UInt16, Bool, String)] = [
                (e, b, 7000, true, "expired isolation, lateral"),
                (g, b, 7000, true, "released isolation, lateral"),
                (e, sink, WatchLab.sinkPort, false, "expired isolation, egress over a spent budget"),
                (g, sink, WatchLab.sinkPort, false, "released isolation, egress over a spent budget"),
                (h, sink, WatchLab.sinkPort, true, "expired block, egress within budget"),
            ]
            try expectConnections(after, in: lab, "after the containment")
            let later = try lab.status()
            #expect(later.containments.isEmpty, "\(later.containments)")
            #expect(later.usage("10.72.0.10", quota: "hq_brief_1d")?.spent == true, "the budget is still spent after the isolation ended")

            try expectEndsReported(lab, watcher)
        }

        /// e (`isolate for 3s`) and g (`isolate for 1h`) send 1 MB past their budgets and are
        /// isolated. Returns when the watcher contained e.
        private func isolateOverBudget(_ lab: WatchLab, _ watcher: WatcherRun, _ e: LabAddress, _ g: LabAddress,
                                       sink: LabAddress) throws -> Date {
            let sends = Concurrently.map([e, g]) { source in
                try lab.send(from: source, to: sink, bytes: 1_000_000, timeout: .seconds(1))
            }
            for result in sends { #expect(try result.get().ending != .completed) }
            #expect(lab.waitForElement("10.72.0.10", in: "isolated_v4", seconds: 2) != nil)
            #expect(lab.waitForElement("10.70.0.30", in: "isolated_v4", seconds: 2) != nil)
            let element = try lab.element("10.72.0.10", in: "isolated_v4") ?? ""
            #expect(element.contains("timeout 3s"), "the policy's `isolate for 3s` must be the element's timeout: \(element)")
            return try #require(watcher.waitForAlert(seconds: 2) { $0.event == "contained" && $0.host == "10.72.0.10" }?.date)
        }

        /// A manual block of h for 2 s, as an EDR hook would ask for it. Returns when it was made.
        private func blockByHand(_ lab: WatchLab) throws -> Date {
            let block = try lab.sluice(["block", "10.70.0.40", "--for", "2s", "--reason", "edr hit"])
            let blockedAt = Date()
            #expect(block.status == 0 && block.standardOutput.hasPrefix("blocked 10.70.0.40 until"), "\(block)")
            let blocked = try lab.element("10.70.0.40", in: "blocked_v4") ?? ""
            #expect(blocked.contains("timeout 2s"), "sluice block --for 2s: \(blocked)")
            return blockedAt
        }

        /// Each check's flow, all at once: whether it passes, as the check expects.
        private func expectConnections(_ checks: [(LabAddress, LabAddress, UInt16, Bool, String)], in lab: WatchLab,
                                       _ when: String) throws {
            for (check, outcome) in zip(checks, Concurrently.map(checks) { try lab.connects($0.0, $0.1, port: $0.2) }) {
                #expect(try outcome.get() == check.3, "\(when): \(check.4)")
            }
        }

        /// sluice release of g: the element goes at once, and the status no longer lists the host.
        /// Returns when it was released.
        private func releaseByHand(_ lab: WatchLab) throws -> Date {
            let release = try lab.sluice(["release", "10.70.0.30"])
            let releasedAt = Date()
            #expect(release.status == 0 && release.standardOutput.hasPrefix("released 10.70.0.30"), "\(release)")
            #expect(try lab.element("10.70.0.30", in: "isolated_v4") == nil, "release left the element in the kernel")
            let status = try lab.status()
            #expect(status.containments(of: "10.70.0.30").isEmpty, "status still lists the released host: \(status.containments)")
            #expect(status.containments(of: "10.72.0.10").map(\.level) == ["isolate"])
            let manual = status.containments(of: "10.70.0.40")
            #expect(manual.count == 1 && manual.first?.level == "block" && manual.first?.origin == "manual"
                    && manual.first?.reason == "edr hit", "\(manual)")
            return releasedAt
        }

        /// The 3 s isolation and the 2 s block end on time, without anyone's help but the kernel's,
        /// and the released host stays released.
        private func expectEndsOnTime(_ lab: WatchLab, containedAt: Date, blockedAt: Date, releasedAt: Date) throws {
            let gone = lab.waitForElement("10.72.0.10", in: "isolated_v4", present: false, seconds: 6)
            #expect(gone != nil, "isolate for 3s still in the kernel: \((try? lab.listSet("isolated_v4")) ?? "")")
            let lasted = Date().timeIntervalSince(containedAt)
            #expect(lasted >= 2.5 && lasted <= 4.5, "isolate for 3s lasted about \(lasted) s")
            #expect(lab.waitForElement("10.70.0.40", in: "blocked_v4", present: false, seconds: 3) != nil)
            #expect(Date().timeIntervalSince(blockedAt) >= 1.5, "block --for 2s ended early")

            // Give the watcher time to put a released containment back if it (wrongly) thought the
            // kernel had lost it: its grace is 2 s, its poll 1 s.
            Eventually.sleep(until: .now + .milliseconds(Int64(max(0, 3.5 - Date().timeIntervalSince(releasedAt)) * 1000)))
            #expect(try lab.element("10.70.0.30", in: "isolated_v4") == nil, "the watcher put a released host back")
        }

        /// The watcher says what ended and how, and does not isolate a still-spent host again.
        private func expectEndsReported(_ lab: WatchLab, _ watcher: WatcherRun) throws {
            #expect(watcher.waitForAlert(seconds: 3) { $0.event == "expired" && $0.host == "10.72.0.10" } != nil,
                    "no expired alert for 10.72.0.10: \(watcher.alerts().alerts)")
            #expect(watcher.waitForAlert(seconds: 3) { $0.event == "released" && $0.host == "10.70.0.30" } != nil,
                    "no released alert for 10.70.0.30: \(watcher.alerts().alerts)")
            #expect(watcher.waitForAlert(seconds: 3) { $0.event == "expired" && $0.host == "10.70.0.40" } != nil,
                    "no expired alert for the manual block of 10.70.0.40: \(watcher.alerts().alerts)")
            // Still spent, but already acted on in this window: the watcher does not isolate it again.
            Thread.sleep(forTimeInterval: 1.2)
            #expect(try lab.element("10.72.0.10", in: "isolated_v4") == nil, "the watcher isolated 10.72.0.10 again after its isolation ended")
            let incidents = try lab.incidents()
            #expect(incidents.contains { $0.host == "10.70.0.40" && $0.quotaID == "manual" && $0.actions == ["block for 2s"] },
                    "\(incidents)")
        }
    }
}
