import Foundation
import Glibc
import SluiceLab
import Testing

extension WatchKernelTests {
    /// The policy changes under a running watcher: SIGHUP, and a new `sluice apply`.
    @Suite("Reload", .timeLimit(.minutes(10)))
    struct Reload {
        @Test("SIGHUP and a new apply with a bigger budget: the watcher follows without a restart, and no usage is lost")
        func biggerBudget() throws {
            let a = try LabAddress(parsing: "10.70.0.10"), sink = try LabAddress(parsing: "192.0.2.200")
            let lab = try WatchLab.gateway(hosts: [try LabHostSpec(name: "soc", parsing: ["10.0.0.2"]), LabHostSpec(name: "a", addresses: [a]),
                                                   try LabHostSpec(name: "q", parsing: ["10.70.0.11"])],
                                           outside: ["192.0.2.200"])
            defer { lab.destroy() }
            try lab.apply(try lab.policy("watch-gateway.sluice"))
            let listener = try lab.lab.tcpListener(on: sink, port: WatchLab.sinkPort)
            let watcher = try lab.startWatcher()
            #expect(try lab.send(from: a, to: sink, bytes: 120_000, timeout: .seconds(5)).ending == .completed)
            let q = try LabAddress(parsing: "10.70.0.11")
            #expect(try lab.send(from: q, to: sink, bytes: 150_000, timeout: .seconds(5)).ending == .completed)
            let following = "following a new policy"

            // SIGHUP: the watcher reloads (here, the same policy) and keeps running.
            followSIGHUP(watcher, following)

            // A new apply doubles the budget; the watcher notices the new live version by itself.
            try applyBigger(lab, watcher, following)

            // The kernel's element has the new budget and still the bytes already spent.
            let used = try expectUsageCarried(lab)

            // a may now send what is left of 400 KB: more than the 80 KB the old budget left, but
            // not 400 KB afresh.
            try expectRestOfBiggerBudget(lab, watcher, listener: listener, a: a, sink: sink, used: used)

            // A smaller budget than q already used: q is over it the moment the policy changes,
            // without sending another byte, and the watcher acts on it.
            try applySmaller(lab, watcher, q: q, sink: sink)
        }

        /// SIGHUP: the watcher reloads and keeps running.
        private func followSIGHUP(_ watcher: WatcherRun, _ following: String) {
            watcher.signal(SIGHUP)
            #expect(Eventually.wait(seconds: 3) { watcher.logCount(following) >= 1 } != nil, "SIGHUP was not followed:\n\(watcher.log())")
            #expect(watcher.isRunning, "SIGHUP ended the watcher")
        }

        /// A new apply of the policy with 400 KB per host; the watcher follows it.
        private func applyBigger(_ lab: WatchLab, _ watcher: WatcherRun, _ following: String) throws {
            let bigger = try lab.policy("watch-gateway.sluice", as: "watch-gateway-v2.sluice",
                                        replacing: [("quota inside  200 KB per day per host", "quota inside  400 KB per day per host")])
            try lab.apply(bigger)
            #expect(Eventually.wait(seconds: 3) { watcher.logCount(following) >= 2 } != nil, "the new apply was not followed:\n\(watcher.log())")
            #expect(watcher.log().contains("version=2"), "\(watcher.log())")
        }

        /// a's quota element and status after the new apply: the new budget, the old usage.
        /// Returns the usage in the kernel.
        private func expectUsageCarried(_ lab: WatchLab) throws -> Int {
            var element = ""
            Eventually.wait(seconds: 3) {
                element = (try? lab.element("10.70.0.10", in: "hq_inside_1d_v4")) ?? ""
                return element.contains("over 400000 bytes") && (SetListing.usedBytes(element) ?? 0) >= 120_000
            }
            let used = SetListing.usedBytes(element) ?? 0
            #expect(element.contains("quota over 400000 bytes") && used >= 120_000 && used < 200_000,
                    "a's quota element after the new apply: \(element)")
            let status = try lab.status()
            #expect(status.quota("hq_inside_1d")?.budget == 400_000, "\(String(describing: status.quota("hq_inside_1d")))")
            let usage = status.usage("10.70.0.10", quota: "hq_inside_1d")
            #expect((usage?.used ?? 0) >= 120_000 && usage?.spent == false, "a's usage after the new apply: \(String(describing: usage))")
            return used
        }

        /// a gets the rest of the new budget out, no more and not much less, and is contained
        /// under the new budget; q is not.
        private func expectRestOfBiggerBudget(_ lab: WatchLab, _ watcher: WatcherRun, listener: TCPListener, a: LabAddress,
                                              sink: LabAddress, used: Int) throws {
            let before = listener.counts().bytes(from: a)
            let sent = try lab.send(from: a, to: sink, bytes: 400_000, timeout: .milliseconds(1500))
            #expect(sent.ending != .completed, "a sent 520 KB in all against 400 KB")
            let more = listener.counts().bytes(from: a) - before
            let left = 400_000 - max(used, 120_000)
            #expect(more <= left + WatchLab.onePacket, "a got \(more) bytes out with \(left) left of the new budget")
            #expect(more >= WatchLab.floor(left), "a got only \(more) bytes out with \(left) left of the new budget")

            let alert = watcher.waitForAlert(seconds: 2) { $0.event == "contained" && $0.host == "10.70.0.10" }
            #expect(alert?.budget == 400_000, "the containment must name the new budget: \(String(describing: alert))")
            #expect(lab.waitForElement("10.70.0.10", in: "isolated_v4", seconds: 1) != nil)
            #expect(try lab.element("10.70.0.11", in: "isolated_v4") == nil, "q is within both budgets so far")
        }

        /// A new apply with 100 KB per host, less than q used: the watcher isolates q at once.
        private func applySmaller(_ lab: WatchLab, _ watcher: WatcherRun, q: LabAddress, sink: LabAddress) throws {
            let smaller = try lab.policy("watch-gateway.sluice", as: "watch-gateway-v3.sluice",
                                         replacing: [("quota inside  200 KB per day per host", "quota inside  100 KB per day per host")])
            try lab.apply(smaller)
            #expect(lab.waitForElement("10.70.0.11", in: "isolated_v4", seconds: 3) != nil,
                    "q, over the new smaller budget, was not isolated:\n\(watcher.log())")
            let qAlert = watcher.waitForAlert(seconds: 2) { $0.event == "contained" && $0.host == "10.70.0.11" }
            #expect(qAlert?.budget == 100_000 && (qAlert?.bytes ?? 0) >= 100_000, "\(String(describing: qAlert))")
            #expect(try !lab.connects(q, sink, port: WatchLab.sinkPort), "q sends past a budget it has spent")
            let qElement = try lab.element("10.70.0.11", in: "hq_inside_1d_v4") ?? ""
            #expect(qElement.contains("quota over 100000 bytes"), "q's quota element after the smaller budget: \(qElement)")
            #expect(watcher.isRunning)
        }
    }
}
