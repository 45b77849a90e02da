import Foundation
import SluiceLab
import Testing

/// The fleet's policy end to end: `apply --cluster` publishes, both gateways' watchers apply it
/// (real packets through each), concurrent publishes, a gateway that refuses a version and keeps
/// its ruleset, and `rollback --cluster`.
extension FleetKernelTests {
    /// Port 9001 to the sink: denied by watch-gateway.sluice, allowed by the "open" variant.
    static let extraPort: UInt16 = 9001

    private func variant(_ lab: WatchLab, _ name: String, open: Bool, gatewayBlock: String = "") throws -> String {
        var replacing: [(String, String)] = [("egress \"wan0\"\n  management soc", "egress \"wan0\"\n  management soc\n  # \(name)")]
        if open {
            replacing += [("to sink on tcp/9000", "to sink on tcp/9000, tcp/9001"),
                          ("expect deny  10.70.0.10 to 192.0.2.200 on tcp/9001", "expect allow 10.70.0.10 to 192.0.2.200 on tcp/9001")]
        }
        let path = try lab.policy("watch-gateway.sluice", as: name + ".sluice", replacing: replacing)
        if !gatewayBlock.isEmpty { try (try String(contentsOfFile: path, encoding: .utf8) + gatewayBlock).write(toFile: path, atomically: true, encoding: .utf8) }
        return path
    }

    /// `sluice status --cluster --json` as read from gateway `i`: the live version and each report.
    private func fleetStatus(_ fleet: Fleet, _ i: Int) -> (live: Int?, gateways: [String: [String: Any]]) {
        guard let result = try? fleet.labs[i].sluice(["status", "--json"] + clusterArguments(fleet, i)), result.status == 0,
              let object = try? JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any] else {
            return (nil, [:])
        }
        let live = (object["live"] as? [String: Any])?["version"] as? Int
        var gateways: [String: [String: Any]] = [:]
        for case let report as [String: Any] in (object["gateways"] as? [Any]) ?? [] {
            if let name = report["gateway"] as? String { gateways[name] = report }
        }
        return (live, gateways)
    }

    /// Waits until both gateways reported on `version`; returns their reports. Generous: each
    /// gateway compiles and applies with a debug build while other kernel tests share the machine.
    private func reports(_ fleet: Fleet, version: Int) -> [String: [String: Any]] {
        var last: [String: [String: Any]] = [:]
        _ = Eventually.wait(seconds: 30, interval: 0.2) {
            last = fleetStatus(fleet, 0).gateways
            return ["gw0", "gw1"].allSatisfy { (last[$0]?["version"] as? Int) == version }
        }
        return last
    }

    private func liveMessage(_ lab: WatchLab) -> String {
        let history = (try? lab.sluice(["history", "--json"]))?.standardOutput ?? ""
        let versions = (try? JSONSerialization.jsonObject(with: Data(history.utf8)) as? [[String: Any]]) ?? []
        return versions.first { ($0["live"] as? Bool) == true }?["message"] as? String ?? ""
    }

    @Test("apply --cluster reaches both gateways; of two publishes on one live version one is refused; a gateway without its egress interface refuses and keeps its ruleset; rollback --cluster")
    func policyAcrossTheFleet() throws {
        let fleet = try fleet()
        defer { fleet.destroy() }
        let (a, b) = (fleet.labs[0], fleet.labs[1])
        _ = try [a, b].flatMap { lab in try [Self.extraPort, WatchLab.sinkPort].map { try lab.lab.tcpListener(on: sink, port: $0) } }
        #expect(!(try a.connects(other, sink, port: Self.extraPort)), "port 9001 is open before any publish")

        // A policy that opens port 9001, published once: both gateways apply it.
        let open = try variant(a, "open", open: true)
        let published = try a.sluice(["apply", open, "-m", "open 9001"] + clusterArguments(fleet, 0))
        #expect(published.status == 0, "\(published.standardError)")
        #expect(published.standardOutput.contains("published version 1"), "\(published.standardOutput)")
        let first = reports(fleet, version: 1)
        for name in ["gw0", "gw1"] {
            #expect(first[name]?["applied"] as? Bool == true && first[name]?["runs_live"] as? Bool == true, "\(name): \(first)")
        }
        #expect(try a.connects(other, sink, port: Self.extraPort), "gateway A did not apply the fleet's version")
        #expect(try b.connects(other, sink, port: Self.extraPort), "gateway B did not apply the fleet's version")
        #expect(liveMessage(b).hasPrefix("fleet version 1: open 9001"), "B's history: \(liveMessage(b))")
        let table = try a.sluice(["status"] + clusterArguments(fleet, 0)).standardOutput
        #expect(table.contains("live version of the fleet: 1") && table.contains("gw1") && table.contains("applied"), "\(table)")

        // A policy with errors is never published.
        let bad = try a.sluice(["apply", try a.policy("apply-bad.sluice")] + clusterArguments(fleet, 0))
        #expect(bad.status == 1 && bad.standardError.contains("nothing was published"), "\(bad.standardError)")
        #expect(fleetStatus(fleet, 1).live == 1, "a policy with errors changed the fleet's live version")

        // Two publishes on version 1 at once (from both gateways): exactly one wins, the other is
        // refused with the reason, as JSON.
        let closed = try variant(a, "closed", open: false), closedB = try variant(b, "closed", open: false)
        let racing = Concurrently.map([0, 1]) { i in
            try fleet.labs[i].sluice(["apply", i == 0 ? closed : closedB, "--if-live", "1", "--json"] + clusterArguments(fleet, i))
        }.compactMap { try? $0.get() }
        #expect(racing.map(\.status).sorted() == [0, 1], "\(racing.map { "\($0.status) \($0.standardError)" })")
        if let loser = racing.first(where: { $0.status == 1 }) {
            let error = (try? JSONSerialization.jsonObject(with: Data(loser.standardOutput.utf8)) as? [String: Any])?["error"]
            let message = (error as? [String: Any])?["message"] as? String ?? ""
            #expect(message.contains("nothing was published") && message.contains("version 2"), "\(loser.standardOutput)")
        }
        let second = reports(fleet, version: 2)
        for name in ["gw0", "gw1"] { #expect(second[name]?["applied"] as? Bool == true, "\(name): \(second)") }
        #expect(!(try a.connects(other, sink, port: Self.extraPort)), "A runs version 1 after version 2 was published: \(second)")

        try refuseThenRollBack(fleet, open: open)
    }

    /// Versions 3 to 5 after `policyAcrossTheFleet`'s first two.
    private func refuseThenRollBack(_ fleet: Fleet, open: String) throws {
        let (a, b) = (fleet.labs[0], fleet.labs[1])
        // Version 3 opens 9001 again, but gives gateway gw1 an egress interface it lacks: A
        // applies it, B refuses, says why, and keeps version 2 (9001 stays closed through B).
        let missing = try variant(a, "missing", open: true, gatewayBlock: "\ngateway gw1 { egress \"missing0\" }\n")
        #expect(try a.sluice(["apply", missing] + clusterArguments(fleet, 0)).status == 0)
        let third = reports(fleet, version: 3)
        #expect(third["gw0"]?["applied"] as? Bool == true, "\(third)")
        #expect(third["gw1"]?["applied"] as? Bool == false, "\(third)")
        #expect((third["gw1"]?["reason"] as? String ?? "").contains("\"missing0\" does not exist"), "\(third)")
        #expect(try a.connects(other, sink, port: Self.extraPort), "A did not apply version 3")
        #expect(!(try b.connects(other, sink, port: Self.extraPort)), "B changed its ruleset although it refused version 3")
        #expect(try b.connects(other, sink, port: WatchLab.sinkPort), "B lost the ruleset it ran")
        #expect(liveMessage(b).hasPrefix("fleet version 2"), "B's history: \(liveMessage(b))")
        let refusedTable = try a.sluice(["status"] + clusterArguments(fleet, 0)).standardOutput
        #expect(refusedTable.contains("refused") && refusedTable.contains("missing0"), "\(refusedTable)")

        // Rolled back to version 2 (as version 4): both run it.
        let rolled = try a.sluice(["rollback", "2"] + clusterArguments(fleet, 0))
        #expect(rolled.status == 0 && rolled.standardOutput.contains("published version 4"), "\(rolled.standardError)")
        let fourth = reports(fleet, version: 4)
        for name in ["gw0", "gw1"] { #expect(fourth[name]?["applied"] as? Bool == true, "\(name): \(fourth)") }
        #expect(!(try a.connects(other, sink, port: Self.extraPort)), "A still runs version 3 after the rollback")
        let history = try a.sluice(["history", "--json"] + clusterArguments(fleet, 0)).standardOutput
        let versions = (try? JSONSerialization.jsonObject(with: Data(history.utf8)) as? [[String: Any]]) ?? []
        #expect(versions.map { $0["id"] as? Int } == [4, 3, 2, 1], "\(history)")
        #expect(versions.first?["kind"] as? String == "rollback" && versions.first?["rolled_back_to"] as? Int == 2, "\(history)")

        // B's watcher is down while version 5 is published; started again, it applies it.
        try fleet.watchers[1].crash()
        let whileDown = try a.sluice(["apply", open, "-m", "while B was down"] + clusterArguments(fleet, 0))
        #expect(whileDown.status == 0, "exit \(whileDown.status): \(whileDown.standardError)\(whileDown.standardOutput)")
        #expect(Eventually.wait(seconds: 5) { try! a.connects(other, sink, port: Self.extraPort) } != nil, "A did not apply version 5")
        #expect(!(try b.connects(other, sink, port: Self.extraPort)), "B applied version 5 without a watcher")
        let restarted = try b.startWatcher(clusterArguments(fleet, 1), label: "watch-1-restarted")
        defer { _ = try? restarted.crash() }
        let fifth = reports(fleet, version: 5)
        #expect(fifth["gw1"]?["applied"] as? Bool == true, "\(fifth)")
        #expect(try b.connects(other, sink, port: Self.extraPort), "B's restarted watcher did not apply the live version")
    }
}
