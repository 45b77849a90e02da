import Foundation
import SluiceLab
import Testing

extension WatchKernelTests {
    /// watch-host.sluice on a node: its own traffic is `self`, 200 KB per day, `isolate for 1h`.
    @Suite("Host mode", .timeLimit(.minutes(10)))
    struct HostMode {
        @Test("a node over its budget is isolated for both families: nothing leaves it but loopback and management traffic")
        func nodeIsolated() throws {
            let node4 = try LabAddress(parsing: "10.40.0.5"), node6 = try LabAddress(parsing: "fd00:40::5")
            let soc4 = try LabAddress(parsing: "10.0.0.5"), soc6 = try LabAddress(parsing: "fd00:1::5")
            // On the management link but not in the management group: not egress (only wan0 is), so
            // reachable until the node is isolated.
            let neighbour = try LabAddress(parsing: "10.0.0.99")
            let sink4 = try LabAddress(parsing: "192.0.2.200"), sink6 = try LabAddress(parsing: "2001:db8:70::200")
            let lab = try WatchLab.host(node: ["10.40.0.5", "fd00:40::5"],
                                        management: LabHostSpec(name: "mgmt", addresses: [soc4, soc6, neighbour]),
                                        outside: ["192.0.2.200", "2001:db8:70::200"])
            defer { lab.destroy() }
            try lab.apply(try lab.policy("watch-host.sluice"))
            let sink = try lab.lab.tcpListener(on: sink4, port: WatchLab.sinkPort)
            _ = try lab.lab.tcpListener(on: sink6, port: WatchLab.sinkPort)
            for address in [soc4, soc6] { _ = try lab.lab.tcpListener(on: address, port: 22) }
            _ = try lab.lab.tcpListener(on: neighbour, port: 7000)
            _ = try lab.lab.tcpListener(on: node4, port: 2222)
            let watcher = try lab.startWatcher()
            #expect(try lab.connects(node4, neighbour, port: 7000), "before isolation the node reaches its neighbour")
            #expect(try lab.connects(node6, sink6, port: WatchLab.sinkPort), "before isolation the node reaches the sink over IPv6")

            let sent = try lab.send(from: node4, to: sink4, bytes: 1_000_000, timeout: .seconds(1))
            #expect(sent.ending != .completed)
            let received = sink.counts().bytes(from: node4)
            #expect(received <= 200_000 + WatchLab.onePacket && received >= WatchLab.floor(200_000),
                    "the sink received \(received) bytes of the node's 200 KB")

            // `isolated_self` holds both families, with the policy's hour.
            for family in ["ipv4", "ipv6"] {
                #expect(lab.waitForElement(family, in: "isolated_self", seconds: 2) != nil,
                        "isolated_self lacks \(family): \((try? lab.listSet("isolated_self")) ?? "")")
                #expect(try lab.element(family, in: "isolated_self")?.contains("timeout 1h") == true)
            }
            let checks: [(LabAddress, LabAddress, UInt16, Bool, String)] = [
                (node4, sink4, WatchLab.sinkPort, false, "the outside"),
                (node6, sink6, WatchLab.sinkPort, false, "the outside over IPv6"),
                (node4, neighbour, 7000, false, "a neighbour outside the management group (not egress, but isolation stops everything)"),
                (node4, soc4, 22, true, "the management host"),
                (node6, soc6, 22, true, "the management host over IPv6"),
                (soc4, node4, 2222, true, "the management host connecting to the node"),
            ]
            for (check, outcome) in zip(checks, Concurrently.map(checks) { try lab.connects($0.0, $0.1, port: $0.2) }) {
                #expect(try outcome.get() == check.3, "isolated node and \(check.4)")
            }

            let alert = watcher.waitForAlert(seconds: 2) { $0.event == "contained" }
            #expect(alert?.host == "self" && alert?.quota == "hq_self_1d" && alert?.action == "isolate for 1h", "\(String(describing: alert))")
            let status = try lab.status()
            #expect(status.usage("self", quota: "hq_self_1d")?.spent == true, "\(status.quotas.map(\.hosts))")
            #expect(status.containments(of: "self").map(\.level) == ["isolate"], "\(status.containments)")

            // sluice release self: the neighbour is back; the outside is not, since the budget is spent.
            let release = try lab.sluice(["release", "self"])
            #expect(release.status == 0 && release.standardOutput.hasPrefix("released self"), "\(release)")
            let isolatedSelf = try lab.listSet("isolated_self")
            #expect(SetListing.elements(isolatedSelf).isEmpty, "\(isolatedSelf)")
            #expect(try lab.connects(node4, neighbour, port: 7000), "a released node should reach its neighbour again")
            #expect(try !lab.connects(node4, sink4, port: WatchLab.sinkPort), "a released node sent past its spent budget")
            #expect(watcher.waitForAlert(seconds: 3) { $0.event == "released" && $0.host == "self" } != nil, "\(watcher.alerts().alerts)")
        }
    }
}
