import Foundation
import SluiceCompiler
import SluiceFleet
import SluiceWatch
import Testing

/// Two gateways' links on one real etcd: a containment decided on A reaches B, and so do A's
/// usage figures; a release cluster-wide reaches both.
@Suite(.serialized) struct FleetLinkTests {
    private func link(_ etcd: EtcdCluster, _ gateway: String) throws -> FleetLink {
        let client = try EtcdClient(endpoints: etcd.endpoints, tls: nil, timeout: .seconds(1))
        return FleetLink(store: EtcdClusterStore(client: client), table: "sluice", gateway: gateway)
    }

    private func wait(_ timeout: TimeInterval, _ link: FleetLink, until done: (FleetInbox) -> Bool) -> (FleetInbox, TimeInterval) {
        let start = Date()
        var all = FleetInbox()
        while Date().timeIntervalSince(start) < timeout {
            let inbox = link.take()
            all.contain += inbox.contain
            all.release += inbox.release
            if !inbox.remoteUsage.isEmpty { all.remoteUsage = inbox.remoteUsage }
            if done(all) { break }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return (all, Date().timeIntervalSince(start))
    }

    /// One etcd and two started links, a and b.
    private func twoGateways() throws -> (EtcdCluster, FleetLink, FleetLink) {
        let etcd = try EtcdCluster()
        let a = try link(etcd, "a"), b = try link(etcd, "b")
        a.start {}
        b.start {}
        Thread.sleep(forTimeInterval: 0.2)
        return (etcd, a, b)
    }

    @Test func containmentAndUsageTravelBetweenGateways() throws {
        let (etcd, a, b) = try twoGateways()
        defer {
            a.stop()
            b.stop()
        }
        let now = Date()
        let decided = StoredContainment(table: "sluice", host: HostID("10.0.0.5")!, level: .block, since: now,
                                        expires: now.addingTimeInterval(600), reason: "quota q exceeded", origin: .watcher)
        a.observe([.putContainment(decided, incident: nil)])
        let (arrived, seconds) = wait(5, b) { !$0.contain.isEmpty }
        #expect(arrived.contain.map(\.host) == [decided.host])
        #expect(seconds < 1)
        a.publish([FleetUsage(quotaID: "hq", window: 100, hosts: [HostID("10.0.0.5")!: 1234])])
        let (usage, _) = wait(5, b) { !$0.remoteUsage.isEmpty }
        #expect(usage.remoteUsage == [FleetUsage(quotaID: "hq", window: 100, hosts: [HostID("10.0.0.5")!: 1234])])
        // A's own figures never come back to A as remote usage.
        #expect(wait(0.3, a) { !$0.remoteUsage.isEmpty }.0.remoteUsage.isEmpty)
        // A release (`sluice release --cluster` deletes the key) reaches B.
        let client = try EtcdClient(endpoints: etcd.endpoints, tls: nil)
        try client.delete(FleetKeys(table: "sluice").containment(host: decided.host, level: .block))
        let (released, _) = wait(5, b) { !$0.release.isEmpty }
        #expect(released.release == [ContainmentKey(host: decided.host, level: .block)])
        #expect(!a.degraded && !b.degraded)
    }

    @Test func aGatewayKeepsItsDecisionsWhileEtcdIsDownAndPublishesThemOnReturn() throws {
        let (etcd, a, b) = try twoGateways()
        defer {
            a.stop()
            b.stop()
        }
        etcd.kill(0)
        let now = Date()
        a.observe([.putContainment(StoredContainment(table: "sluice", host: HostID("10.0.0.9")!, level: .isolate, since: now,
                                                     expires: nil, reason: "manual", origin: .manual), incident: nil)])
        let deadline = Date().addingTimeInterval(5)
        while !a.degraded && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(a.degraded)
        try etcd.start(0)
        let (arrived, _) = wait(10, b) { !$0.contain.isEmpty }
        #expect(arrived.contain.map(\.host) == [HostID("10.0.0.9")!])
        let back = Date().addingTimeInterval(5)
        while a.degraded && Date() < back { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!a.degraded)
    }
    /// A hung etcd keeps its connections: the watch stream never fails, and with nothing to write
    /// the gateway stayed degraded after etcd answered again (no `cluster-restored`, the metric at 1).
    @Test func aGatewayIsRestoredWhenAHungEtcdAnswersAgain() throws {
        let (etcd, a, b) = try twoGateways()
        defer {
            etcd.resume(0)
            a.stop()
            b.stop()
        }
        etcd.pause(0)
        let deadline = Date().addingTimeInterval(10)
        while !a.degraded && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(a.degraded)
        etcd.resume(0)
        let back = Date().addingTimeInterval(8)
        while (a.degraded || b.degraded) && Date() < back { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!a.degraded && !b.degraded)
    }

    @Test("after etcd lost its data, a gateway reads everything again and gets what is decided next")
    func etcdThatLostItsDataIsReadAgain() throws {
        let (etcd, a, b) = try twoGateways()
        defer {
            a.stop()
            b.stop()
        }
        // Revisions well above what the emptied member will have.
        let client = try EtcdClient(endpoints: etcd.endpoints, tls: nil, timeout: .seconds(1))
        let root = FleetKeys(table: "sluice").root
        for i in 0..<40 { _ = try client.transaction(expected: [:], operations: [.put(key: root + "test/\(i)", value: Data("x".utf8), lease: nil)]) }
        Thread.sleep(forTimeInterval: 0.5)
        etcd.wipe(0)
        try etcd.start(0)
        let now = Date()
        a.observe([.putContainment(StoredContainment(table: "sluice", host: HostID("10.0.0.9")!, level: .isolate, since: now,
                                                     expires: nil, reason: "manual", origin: .manual), incident: nil)])
        let (arrived, _) = wait(15, b) { !$0.contain.isEmpty }
        #expect(arrived.contain.map(\.host) == [HostID("10.0.0.9")!], "the containment decided after the loss never arrived")
    }
}

