import Foundation
import SluiceLab
import Testing

extension WatchKernelTests {
    /// A host of `inside` (200 KB per day each, `isolate for 1h`, `alert log, exec`) sends 1 MB over
    /// IPv4 and IPv6 at once.
    @Suite("Exceed and isolate", .timeLimit(.minutes(10)))
    struct Exceed {
        @Test("over its budget, a host is isolated within 2 s, its IPv6 address with it, management still reaches it, alerts and records say so")
        func exceedAndIsolate() throws {
            let a4 = try LabAddress(parsing: "10.70.0.10"), a6 = try LabAddress(parsing: "fd00:70::10")
            let b4 = try LabAddress(parsing: "10.70.0.20"), b6 = try LabAddress(parsing: "fd00:70::20")
            let soc4 = try LabAddress(parsing: "10.0.0.2"), soc6 = try LabAddress(parsing: "fd00:1::2")
            let sink4 = try LabAddress(parsing: "192.0.2.200"), sink6 = try LabAddress(parsing: "2001:db8:70::200")
            let lab = try WatchLab.gateway(hosts: [LabHostSpec(name: "soc", addresses: [soc4, soc6]),
                                                   LabHostSpec(name: "a", addresses: [a4, a6]),
                                                   LabHostSpec(name: "b", addresses: [b4, b6])],
                                           outside: ["192.0.2.200", "2001:db8:70::200"])
            defer { lab.destroy() }
            try lab.apply(try lab.policy("watch-gateway.sluice"))
            let sinks = [try lab.lab.tcpListener(on: sink4, port: WatchLab.sinkPort),
                         try lab.lab.tcpListener(on: sink6, port: WatchLab.sinkPort)]
            for address in [a4, a6] { _ = try lab.lab.tcpListener(on: address, port: 22) }
            for address in [b4, b6] { _ = try lab.lab.tcpListener(on: address, port: 7000) }
            let watcher = try lab.startWatcher()
            #expect(try lab.connects(a4, b4, port: 7000), "before any budget is spent, lateral traffic passes")

            let started = try sendPastBudget(lab, sinks: sinks, a4: a4, sink4: sink4)
            try expectIsolatedInKernel(lab, [("10.70.0.10", "isolated_v4")])
            // The host is all its addresses. Its IPv6 address has sent nothing yet, so the gateway's
            // neighbour table does not tie it to the host; its first packets do (here 100 KB, under
            // that address's own budget), and the watcher follows at its next poll.
            let firstIPv6 = Date()
            _ = try lab.send(from: a6, to: sink6, bytes: 100_000, timeout: .seconds(1))
            try expectIsolatedInKernel(lab, [("fd00:70::10", "isolated_v6")])
            let before = sinks[1].counts().bytes(from: a6)
            #expect(before <= 100_000, "\(before)")
            _ = try lab.send(from: a6, to: sink6, bytes: 100_000, timeout: .seconds(1))
            #expect(sinks[1].counts().bytes(from: a6) == before, "the isolated host got out over IPv6")
            expectAlerts(watcher, started: started, firstIPv6: firstIPv6)

            // Isolation: lateral traffic through the gateway is cut both ways; management gets in;
            // the other host of the group, still within budget, reaches the outside.
            let checks: [(LabAddress, LabAddress, UInt16, Bool, String)] = [
                (a4, b4, 7000, false, "isolated host to another inside host"),
                (b4, a4, 22, false, "another inside host to the isolated host"),
                (a6, b6, 7000, false, "isolated host to another inside host (IPv6)"),
                (soc4, a4, 22, true, "management to the isolated host"),
                (soc6, a6, 22, true, "management to the isolated host (IPv6)"),
                (b4, sink4, WatchLab.sinkPort, true, "the other host's egress"),
                (b6, sink6, WatchLab.sinkPort, true, "the other host's egress (IPv6)"),
            ]
            let outcomes = Concurrently.map(checks) { check in
                try lab.connects(check.0, check.1, port: check.2)
            }
            for (check, outcome) in zip(checks, outcomes) {
                #expect(try outcome.get() == check.3, "\(check.4): \(check.0) to \(check.1) port \(check.2)")
            }

            try expectExecAlerts(lab)
            try expectStatus(lab, started: started)
            expectIncidents(lab)
        }

        /// 1 MB from a's IPv4 address against its 200 KB; the sink gets the budget and no more.
        /// Returns when the sending began.
        private func sendPastBudget(_ lab: WatchLab, sinks: [TCPListener], a4: LabAddress, sink4: LabAddress) throws -> Date {
            let started = Date()
            let sent = try lab.send(from: a4, to: sink4, bytes: 1_000_000, timeout: .seconds(1))
            #expect(sent.connected && sent.ending != .completed, "\(a4) sent 1 MB past 200 KB: \(sent)")
            let received = sinks[0].counts().bytes(from: a4)
            #expect(received <= 200_000 + WatchLab.onePacket, "\(a4): the sink received \(received) bytes of a 200 KB budget")
            #expect(received >= WatchLab.floor(200_000), "\(a4): the sink received only \(received) bytes of 200 KB")
            return started
        }

        /// The watcher isolates both addresses (the IPv6 one as the same host's, within a poll), for
        /// the policy's hour, as kernel set elements; not the host that stayed in budget.
        private func expectIsolatedInKernel(_ lab: WatchLab, _ hosts: [(String, String)]) throws {
            for (address, set) in hosts {
                #expect(lab.waitForElement(address, in: set, seconds: 3) != nil, "\(address) is not in \(set): \((try? lab.listSet(set)) ?? "")")
                let element = try lab.element(address, in: set) ?? ""
                #expect(element.contains("timeout 1h") || element.contains("timeout 59m"), "the containment must carry the policy's `for 1h`: \(element)")
                #expect(element.contains("expires 59m") || element.contains("expires 1h"), "\(element)")
            }
            #expect(try lab.element("10.70.0.20", in: "isolated_v4") == nil, "the host that stayed in budget was isolated too")
        }

        /// alert log: one JSON line per containment on standard output, nothing else there, each
        /// within 2 s of `started`; the log is on stderr.
        private func expectAlerts(_ watcher: WatcherRun, started: Date, firstIPv6: Date) {
            let contained = watcher.waitForAlert(seconds: 3) { $0.event == "contained" && $0.host == "fd00:70::10" }
            let output = watcher.alerts()
            #expect(output.strays.isEmpty, "standard output must hold alerts only: \(output.strays)")
            let v4 = output.alerts.filter { $0.host == "10.70.0.10" }
            #expect(v4.count == 1, "one alert line for 10.70.0.10, got \(v4)")
            #expect(contained != nil, "no contained alert for fd00:70::10: \(output.alerts)")
            if let contained {
                #expect(contained.quota == "hq_inside_1d" && contained.action?.hasPrefix("isolate") == true, "\(contained)")
                #expect(contained.reason?.hasPrefix("same link-layer address as 10.70.0.10 (") == true, "\(contained)")
                if let date = contained.date {
                    #expect(date.timeIntervalSince(firstIPv6) <= 3, "fd00:70::10 followed \(date.timeIntervalSince(firstIPv6)) s after it began to send")
                }
            }
            for alert in v4 {
                #expect(alert.event == "contained" && alert.quota == "hq_inside_1d" && alert.table == "sluice", "\(alert)")
                #expect(alert.groups == ["inside"] && alert.budget == 200_000 && alert.action == "isolate for 1h", "\(alert)")
                #expect((alert.bytes ?? 0) >= 200_000 - 2 * UInt64(WatchLab.onePacket), "\(alert) bytes")
                // How fast: from the first byte sent to the containment the watcher made.
                if let date = alert.date {
                    #expect(date.timeIntervalSince(started) <= 2, "\(alert.host) contained \(date.timeIntervalSince(started)) s after sending began")
                }
            }
            #expect(watcher.log().contains("contained a host"), "the log on stderr says what was done:\n\(watcher.log())")
        }

        /// alert exec got the same event on standard input, once per containment.
        private func expectExecAlerts(_ lab: WatchLab) throws {
            Eventually.wait(seconds: 3) { ((try? lab.execAlerts()) ?? []).count >= 2 }
            let execs = try lab.execAlerts()
            #expect(execs.count == 2, "alert exec ran \(execs.count) times for two containments: \(execs)")
            for host in ["10.70.0.10", "fd00:70::10"] {
                let alert = execs.first { $0.host == host }
                #expect(alert?.event == "contained" && alert?.quota == "hq_inside_1d", "exec alert for \(host): \(String(describing: alert))")
            }
        }

        /// sluice status, for people and as JSON: spent budgets and the containments with reason and expiry.
        private func expectStatus(_ lab: WatchLab, started: Date) throws {
            let text = try lab.sluice(["status"])
            #expect(text.status == 0, "\(text.standardError)")
            let lines = text.standardOutput.split(separator: "\n").map(String.init)
            #expect(lines.contains { $0.hasPrefix("10.70.0.10 ") && $0.contains("hq_inside_1d") && $0.contains("100% spent") },
                    "status does not show 10.70.0.10's budget as spent:\n\(text.standardOutput)")
            #expect(lines.contains { $0.hasPrefix("10.70.0.10 ") && $0.contains("isolate") && $0.contains("quota hq_inside_1d exceeded") },
                    "status does not show 10.70.0.10's isolation and its reason:\n\(text.standardOutput)")
            let status = try lab.status()
            let usage = status.usage("10.70.0.10", quota: "hq_inside_1d")
            #expect(usage?.spent == true && (usage?.used ?? 0) >= 200_000 - 2 * UInt64(WatchLab.onePacket),
                    "status --json usage of 10.70.0.10: \(String(describing: usage))")
            for host in ["10.70.0.10", "fd00:70::10"] {
                let containment = status.containments(of: host)
                #expect(containment.count == 1 && containment.first?.level == "isolate" && containment.first?.origin == "watcher",
                        "status --json containment of \(host): \(containment)")
                #expect(containment.first?.reason.contains("hq_inside_1d") == true, "\(containment)")
                let expires = containment.first?.expires?.timeIntervalSince(started) ?? 0
                #expect(expires > 3_500 && expires < 3_700, "\(host) expires \(expires) s after the test began, not in an hour")
            }
            #expect(status.containments(of: "10.70.0.20").isEmpty)
        }

        /// sluice incidents --json: the incident, with what was done (store writes are asynchronous).
        private func expectIncidents(_ lab: WatchLab) {
            var incidents: [IncidentJSON] = []
            Eventually.wait(seconds: 3) {
                incidents = (try? lab.incidents()) ?? []
                return incidents.filter { $0.quotaID == "hq_inside_1d" }.count >= 2
            }
            for host in ["10.70.0.10", "fd00:70::10"] {
                let mine = incidents.filter { $0.host == host }
                #expect(mine.count == 1, "incidents of \(host): \(mine)")
                guard let incident = mine.first else { continue }
                #expect(incident.quotaID == "hq_inside_1d" && incident.budget == 200_000, "\(incident)")
                // The IPv6 address's incident says it followed the host, until the same end.
                #expect(incident.actions.contains { $0.hasPrefix("isolate") }, "\(incident.actions)")
                #expect(incident.containmentExpires != nil, "\(incident)")
            }
        }
    }
}
