import Foundation
import SluiceLab
import Testing

extension WatchKernelTests {
    /// `fleet`: 200 KB per host, 300 KB for the group together, `isolate for 1h` over either.
    @Suite("Total quota", .timeLimit(.minutes(10)))
    struct Total {
        @Test("hosts each under their own budget spend the group's total together: the kernel stops them at the total, the watcher isolates every contributor")
        func spreadOverHosts() throws {
            let senders = try ["10.71.0.1", "10.71.0.2", "10.71.0.3"].map { try LabAddress(parsing: $0) }
            let idle = try LabAddress(parsing: "10.71.0.4")
            let sink = try LabAddress(parsing: "192.0.2.200")
            var hosts = [try LabHostSpec(name: "soc", parsing: ["10.0.0.2"]), LabHostSpec(name: "idle", addresses: [idle])]
            for (i, address) in senders.enumerated() { hosts.append(LabHostSpec(name: "f\(i + 1)", addresses: [address])) }
            let lab = try WatchLab.gateway(hosts: hosts, outside: ["192.0.2.200"])
            defer { lab.destroy() }
            try lab.apply(try lab.policy("watch-gateway.sluice"))
            let listener = try lab.lab.tcpListener(on: sink, port: WatchLab.sinkPort)
            let watcher = try lab.startWatcher()

            // 150 KB each, at once and paced so that all three share the total: under 200 KB per
            // host, 450 KB against 300 KB together.
            let started = Date()
            let sends = Concurrently.map(senders) { source in
                try LabTraffic.tcpSend(from: try lab.namespace(of: source), source: source, to: sink, port: WatchLab.sinkPort,
                                       bytes: 150_000, chunk: 8_000, pace: 300_000, timeout: .milliseconds(1500))
            }
            let counts = listener.counts()
            var together = 0
            for (source, result) in zip(senders, sends) {
                _ = try result.get()
                let received = counts.bytes(from: source)
                together += received
                #expect(received > 0, "\(source) got nothing out: it should have had a share of the total")
            }
            #expect(together <= 300_000 + 2 * WatchLab.onePacket, "\(together) bytes got out against a 300 KB total")
            #expect(together >= WatchLab.floor(300_000), "only \(together) bytes got out of a 300 KB total")
            #expect(sends.contains { (try? $0.get().ending) != .completed }, "all 450 KB got out against a 300 KB total")

            // Every contributor is isolated, for the policy's hour; a host that sent nothing is not.
            for source in senders {
                #expect(lab.waitForElement(source.description, in: "isolated_v4", seconds: 3) != nil,
                        "contributor \(source) is not isolated: \((try? lab.listSet("isolated_v4")) ?? "")")
                #expect(try lab.element(source.description, in: "isolated_v4")?.contains("timeout 1h") == true)
            }
            #expect(try lab.element(idle.description, in: "isolated_v4") == nil, "a host that sent nothing was isolated")
            #expect(Date().timeIntervalSince(started) < 5)

            // One `exceeded` alert for the group, one `contained` per contributor, all naming the total.
            let group = watcher.waitForAlert(seconds: 2) { $0.host == "*" }
            #expect(group?.event == "exceeded" && group?.quota == "tq_fleet_1d" && group?.budget == 300_000,
                    "the group total's alert: \(String(describing: group))")
            Eventually.wait(seconds: 2) { watcher.alerts().alerts.filter { $0.event == "contained" }.count >= senders.count }
            for source in senders {
                let alert = watcher.alerts().alerts.filter { $0.host == source.description }
                #expect(alert.count == 1 && alert.first?.event == "contained" && alert.first?.quota == "tq_fleet_1d",
                        "alerts for \(source): \(alert)")
            }
            let status = try lab.status()
            #expect(status.usage("*", quota: "tq_fleet_1d")?.spent == true, "\(String(describing: status.quota("tq_fleet_1d")))")
            for source in senders {
                #expect(status.usage(source.description, quota: "hq_fleet_1d")?.spent == false, "\(source) spent its own budget")
                #expect(status.containments(of: source.description).first?.reason.contains("tq_fleet_1d") == true)
            }
        }
    }
}
