import Foundation
import SluiceFleet
import SluiceLanguage
import Testing

/// The fleet's policy against a real etcd: publishes conditioned on the live version read, the
/// request limit, kept versions, and a gateway's follower applying and reporting.
@Suite(.serialized) struct ClusterPolicyTests {
    private func version(_ base: PolicyBase, _ text: String, compiled: Data = Data("blob".utf8)) -> PublishedPolicy {
        PublishedPolicy(sequence: base.nextSequence, hash: "h-\(text)", message: text, user: "test", publisher: "cli",
                        time: Date(), kind: "apply", sources: [SourceFile(path: "p.sluice", text: text)], compiled: compiled)
    }

    @Test func twoPublishersReadingTheSameLiveVersionOneWinsTheOtherIsRefused() throws {
        let etcd = try EtcdCluster()
        let policy = ClusterPolicy(store: EtcdClusterStore(client: try EtcdClient(endpoints: etcd.endpoints, tls: nil)), table: "t")
        #expect(try policy.base() == PolicyBase(live: nil, revision: 0))
        try policy.publish(version(try policy.base(), "v1"), on: try policy.base())
        // Both read version 1 as live; the first publish wins, the second is refused naming the winner.
        let (a, b) = (try policy.base(), try policy.base())
        try policy.publish(version(a, "a"), on: a)
        #expect(throws: PolicyPublishError.conflict(read: LivePolicy(sequence: 1, hash: "h-v1"), now: LivePolicy(sequence: 2, hash: "h-a"))) {
            try policy.publish(version(b, "b"), on: b)
        }
        #expect(try policy.base().live == LivePolicy(sequence: 2, hash: "h-a"))
        #expect(try policy.versions().map(\.message) == ["a", "v1"], "the refused version was written")
    }

    @Test("a policy/live that does not read, or that was lost, never makes a publish overwrite a kept version")
    func keptVersionsAreNeverOverwritten() throws {
        let etcd = try EtcdCluster()
        let client = try EtcdClient(endpoints: etcd.endpoints, tls: nil)
        let policy = ClusterPolicy(store: EtcdClusterStore(client: client), table: "t")
        try policy.publish(version(try policy.base(), "v1"), on: try policy.base())
        try policy.publish(version(try policy.base(), "v2"), on: try policy.base())
        _ = try client.transaction(expected: [:], operations: [.put(key: policy.keys.policyLive, value: Data("not json".utf8), lease: nil)])
        #expect(throws: PolicyPublishError.unreadableLive) { try policy.base() }
        // policy/live gone: the next publish would be version 1, which the fleet keeps.
        _ = try client.transaction(expected: [:], operations: [.delete(key: policy.keys.policyLive, prefix: false)])
        let lost = try policy.base()
        #expect(throws: PolicyPublishError.versionExists(1)) { try policy.publish(version(lost, "again"), on: lost) }
        #expect(try policy.versions().map(\.message) == ["v2", "v1"])
    }

    @Test func aVersionAboveEtcdsRequestLimitIsRefusedAndOnlyTheLastVersionsAreKept() throws {
        let etcd = try EtcdCluster()
        let policy = ClusterPolicy(store: EtcdClusterStore(client: try EtcdClient(endpoints: etcd.endpoints, tls: nil)), table: "t")
        let big = Data(repeating: 7, count: 1_200_000)  // base64 in the request: 1.6 MB
        let base = try policy.base()
        do {
            try policy.publish(version(base, "big", compiled: big), on: base)
            Issue.record("a version above the request limit was published")
        } catch PolicyPublishError.tooLarge(let bytes, let limit) {
            #expect(bytes > limit && limit == 1_572_864)
        }
        #expect(try policy.base().live == nil)
        for i in 1...(PublishedPolicy.kept + 2) {
            try policy.publish(version(try policy.base(), "v\(i)"), on: try policy.base())
        }
        let kept = try policy.versions().map(\.sequence)
        #expect(kept == Array((3...(PublishedPolicy.kept + 2)).reversed()), "\(kept)")
        #expect(try policy.version(2) == .missing)
    }

    @Test func aFollowerAppliesTheLiveVersionAtStartAndEachNewOneAndReportsRefusals() throws {
        let etcd = try EtcdCluster()
        let client = try EtcdClient(endpoints: etcd.endpoints, tls: nil)
        let policy = ClusterPolicy(store: EtcdClusterStore(client: client), table: "t")
        try policy.publish(version(try policy.base(), "v1"), on: try policy.base())
        let running = Locked<String?>(nil)
        let follower = PolicyFollower(store: EtcdClusterStore(client: try EtcdClient(endpoints: etcd.endpoints, tls: nil)),
                                      table: "t", gateway: "gw-a", apply: { version in
            guard !version.message.hasPrefix("bad") else { return .refused("egress interface \"nope\" does not exist") }
            running.update { $0 = version.hash }
            return .applied
        }, running: { running.value })
        try follower.start()
        defer { follower.stop() }
        func report() -> GatewayReport? { try? policy.reports().first }
        // At start: the live version.
        #expect(waitUntil(seconds: 3) { report()?.sequence == 1 })
        #expect(report()?.applied == true && report()?.running == "h-v1")
        // A new version through the watch.
        try policy.publish(version(try policy.base(), "v2"), on: try policy.base())
        #expect(waitUntil(seconds: 2) { report()?.sequence == 2 })
        #expect(report()?.applied == true && report()?.running == "h-v2")
        // A refused one: the reason, and what still runs.
        try policy.publish(version(try policy.base(), "bad"), on: try policy.base())
        #expect(waitUntil(seconds: 2) { report()?.sequence == 3 })
        #expect(report()?.applied == false && report()?.running == "h-v2")
        #expect(report()?.reason?.contains("nope") == true)
        // A policy applied on the gateway itself: reported within a check or two, as not the live version.
        running.update { $0 = "h-local" }
        #expect(waitUntil(seconds: 2 * PolicyFollower.driftCheck + 1) { report()?.running == "h-local" })
        #expect(report()?.applied == false && report()?.sequence == 3)
        #expect(report()?.reason?.contains("applied on this gateway") == true)
    }

    private func waitUntil(seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return condition()
    }
}
