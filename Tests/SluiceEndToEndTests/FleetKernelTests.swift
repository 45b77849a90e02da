import Foundation
import SluiceLab
import Testing

/// Two gateways, each its own lab with the same inside host (10.70.0.10, the same host reaching
/// the outside through either gateway), joined by a real 3-member etcd cluster in a namespace of
/// its own; each gateway runs `sluice watch --cluster`.
@Suite("Fleet of gateways", .serialized, .timeLimit(.minutes(10)))
struct FleetKernelTests {
    struct Fleet {
        let etcd: FleetEtcd
        let labs: [WatchLab]
        let endpoints: [String]
        var watchers: [WatcherRun] = []

        func destroy() {
            for lab in labs { lab.destroy() }
            etcd.destroy()
        }
    }

    let host = try! LabAddress(parsing: "10.70.0.10")
    let other = try! LabAddress(parsing: "10.70.0.20")
    let sink = try! LabAddress(parsing: "192.0.2.200")

    func fleet() throws -> Fleet {
        let etcd = try FleetEtcd()
        var labs: [WatchLab] = []
        do {
            for _ in 0..<2 {
                labs.append(try WatchLab.gateway(hosts: [LabHostSpec(name: "soc", addresses: [try LabAddress(parsing: "10.0.0.2")]),
                                                         LabHostSpec(name: "h", addresses: [host]),
                                                         LabHostSpec(name: "o", addresses: [other])],
                                                 outside: ["192.0.2.200"]))
            }
            let endpoints = try labs.map { try etcd.link($0.router) }
            var fleet = Fleet(etcd: etcd, labs: labs, endpoints: endpoints)
            for (i, lab) in labs.enumerated() {
                try lab.apply(try lab.policy("watch-gateway.sluice"))
                fleet.watchers.append(try lab.startWatcher(clusterArguments(fleet, i), label: "watch-\(i)"))
            }
            return fleet
        } catch {
            for lab in labs { lab.destroy() }
            etcd.destroy()
            throw error
        }
    }

    func clusterArguments(_ fleet: Fleet, _ i: Int) -> [String] {
        ["--cluster", fleet.endpoints[i], "--cluster-plaintext", "--gateway", "gw\(i)"]
    }

    /// The bytes the kernel's per-host quota element holds for `key` on a gateway.
    private func used(_ lab: WatchLab, _ key: String) -> Int? {
        guard let element = try? lab.element(key, in: "hq_inside_1d_v4"),
              let range = element.range(of: "used ") else { return nil }
        return Int(element[range.upperBound...].prefix { $0.isNumber })
    }

    @Test("a host alternating gateways is stopped at its one global budget, and its isolation holds on the other gateway within 1 s")
    func oneBudgetAcrossGateways() throws {
        let fleet = try fleet()
        defer { fleet.destroy() }
        let (a, b) = (fleet.labs[0], fleet.labs[1])
        let sinks = try [a, b].map { try $0.lab.tcpListener(on: sink, port: WatchLab.sinkPort) }

        // 150 KB of its 200 KB through gateway A: all of it passes.
        let first = try a.send(from: host, to: sink, bytes: 150_000, timeout: .seconds(2))
        #expect(first.ending == .completed, "\(first)")
        // B learns it within a sync interval or two (published every 1 s, added after B's next read).
        let learned = Eventually.wait(seconds: 5) { (used(b, "10.70.0.10") ?? 0) >= 140_000 }
        #expect(learned != nil, "gateway B never added A's bytes: \((try? b.listSet("hq_inside_1d_v4")) ?? "")")
        #expect((learned ?? .seconds(99)) <= .seconds(3), "B learned A's usage after \(String(describing: learned))")

        // Then 150 KB through gateway B: only what is left of the one budget passes.
        let second = try b.send(from: host, to: sink, bytes: 150_000, timeout: .seconds(2))
        let throughB = sinks[1].counts().bytes(from: host)
        #expect(second.ending != .completed, "B let the host send its second 150 KB in full: \(second)")
        #expect(throughB <= 50_000 + 65_536 + 2 * WatchLab.onePacket, "B passed \(throughB) bytes of the 50 KB left")

        // B isolates it (on exceed: isolate for 1h); A holds the isolation within 1 s.
        let onB = b.waitForElement("10.70.0.10", in: "isolated_v4", seconds: 3)
        #expect(onB != nil, "B did not isolate the host")
        let onA = a.waitForElement("10.70.0.10", in: "isolated_v4", seconds: 3)
        #expect(onA != nil && onA! <= .seconds(1), "A held B's isolation after \(String(describing: onA))")
        #expect((try a.element("10.70.0.10", in: "isolated_v4") ?? "").contains("expires 59m"), "A keeps B's expiry")
        #expect(!(try a.connects(host, sink, port: WatchLab.sinkPort)), "the host still leaves through A")
        #expect(try a.connects(other, sink, port: WatchLab.sinkPort), "another host lost its egress through A")
    }

    @Test("a watcher restarted after its lease ran out publishes only its own bytes: neither gateway counts the others' twice")
    func restartAfterTheLeaseRanOut() throws {
        let fleet = try fleet()
        defer { fleet.destroy() }
        let (a, b) = (fleet.labs[0], fleet.labs[1])
        _ = try [a, b].map { try $0.lab.tcpListener(on: sink, port: WatchLab.sinkPort) }
        // 60 KB through each gateway: each adds the other's, about 120 KB of the 200 KB on both.
        for lab in [a, b] {
            let sent = try lab.send(from: host, to: sink, bytes: 60_000, timeout: .seconds(2))
            #expect(sent.ending == .completed, "\(sent)")
        }
        for lab in [a, b] {
            #expect(Eventually.wait(seconds: 5) { (used(lab, "10.70.0.10") ?? 0) >= 120_000 } != nil,
                    "a gateway never added the other's bytes: \((try? lab.listSet("hq_inside_1d_v4")) ?? "")")
        }
        let before = [a, b].map { used($0, "10.70.0.10") ?? 0 }

        // B's watcher stops and stays down until its usage keys have gone with its 10 s lease.
        try fleet.watchers[1].stop()
        Thread.sleep(forTimeInterval: 12)
        let restarted = try b.startWatcher(clusterArguments(fleet, 1), label: "watch-1-restarted")
        // A few sync intervals: B publishes what it takes for its own, A adds it, B adds A's.
        Thread.sleep(forTimeInterval: 4)
        let after = [a, b].map { used($0, "10.70.0.10") ?? 0 }
        #expect(after[0] <= before[0] + 2 * WatchLab.onePacket,
                "A counts B's restart twice: \(before[0]) before, \(after[0]) after; B's watcher said:\n\(restarted.log().suffix(2000))")
        #expect(after[1] <= before[1] + 2 * WatchLab.onePacket,
                "B added A's bytes again: \(before[1]) before, \(after[1]) after")
        #expect(try a.connects(host, sink, port: WatchLab.sinkPort), "the host lost its egress through A")
    }

    @Test("an operator's block reaches every gateway; one etcd member down changes nothing; with etcd down containment holds, also over a watcher restart; a release on return reaches every gateway")
    func containmentThroughFaults() throws {
        let fleet = try fleet()
        defer { fleet.destroy() }
        let (a, b) = (fleet.labs[0], fleet.labs[1])
        _ = try [a, b].map { try $0.lab.tcpListener(on: sink, port: WatchLab.sinkPort) }

        let blocked = try a.sluice(["block", "10.70.0.20", "--for", "10m", "--reason", "test"] + clusterArguments(fleet, 0))
        #expect(blocked.status == 0, "\(blocked.standardError)")
        let onB = b.waitForElement("10.70.0.20", in: "blocked_v4", seconds: 3)
        #expect(onB != nil && onB! <= .seconds(1),
                "B held A's block after \(String(describing: onB)); B's watcher said:\n\(fleet.watchers[1].log().suffix(3000))")

        fleet.etcd.kill(0)
        let second = try a.sluice(["block", "10.70.0.10", "--reason", "member down"] + clusterArguments(fleet, 0))
        #expect(second.status == 0, "with one member down: \(second.standardError)")
        // Whether it arrives, not how fast: when the member killed led the cluster, the others elect
        // a leader first (a second or more on a loaded machine), and B's watch may have to reconnect.
        #expect(b.waitForElement("10.70.0.10", in: "blocked_v4", seconds: 10) != nil,
                "the block did not reach B with a member down; B's watcher said:\n\(fleet.watchers[1].log().suffix(3000))")

        // Every member down: the gateways keep what they enforce.
        fleet.etcd.kill(1)
        fleet.etcd.kill(2)
        Thread.sleep(forTimeInterval: 1.5)
        #expect(try b.element("10.70.0.20", in: "blocked_v4") != nil, "B dropped a containment while etcd was down")
        #expect(!(try b.connects(other, sink, port: WatchLab.sinkPort)), "the blocked host left through B while etcd was down")
        #expect(fleet.watchers[1].log().contains("cluster degraded"), "B did not say the cluster is degraded")
        #expect(fleet.watchers[1].alerts().alerts.contains { $0.event == "cluster-degraded" }, "B raised no cluster-degraded alert")

        // B's watcher dies and restarts while etcd is down: it starts from its state directory.
        try fleet.watchers[1].crash()
        let restarted = try b.startWatcher(clusterArguments(fleet, 1), label: "watch-1-restarted")
        Thread.sleep(forTimeInterval: 1.5)
        #expect(try b.element("10.70.0.20", in: "blocked_v4") != nil, "B's restarted watcher dropped a containment")
        #expect(Eventually.wait(seconds: 3) { restarted.alerts().alerts.contains { $0.event == "cluster-degraded" } } != nil,
                "B's restarted watcher raised no cluster-degraded alert")

        // Back: a cluster-wide release reaches both gateways.
        for i in 0..<3 { try fleet.etcd.start(i) }
        let released = Eventually.wait(seconds: 10) {
            (try? a.sluice(["release", "10.70.0.20"] + clusterArguments(fleet, 0)).status) == 0
        }
        #expect(released != nil, "release --cluster never succeeded after etcd came back")
        #expect(b.waitForElement("10.70.0.20", in: "blocked_v4", present: false, seconds: 3) != nil,
                "B still blocks a host released cluster-wide")
        #expect(try b.element("10.70.0.10", in: "blocked_v4") != nil, "B lost the other containment on return")
        #expect(Eventually.wait(seconds: 3) { restarted.alerts().alerts.contains { $0.event == "cluster-restored" } } != nil,
                "B raised no cluster-restored alert")
    }
}
