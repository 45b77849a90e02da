import Foundation
import SluiceCompiler
@testable import SluiceFleet
import SluiceWatch
import Testing

/// The fleet link's bookkeeping: which changes in etcd become containments, releases and remote
/// usage for the watcher, and which of this gateway's figures need writing.
@Suite struct FleetStateTests {
    let keys = FleetKeys(table: "sluice")
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    private func containment(_ host: String, expires: Double? = 600, reason: String = "quota q exceeded") -> StoredContainment {
        StoredContainment(table: "sluice", host: HostID(host)!, level: .block, since: now,
                          expires: expires.map { now.addingTimeInterval($0) }, reason: reason, origin: .watcher)
    }

    private func put(_ record: StoredContainment, gateway: String = "b", revision: Int64 = 5) throws -> WatchChange {
        .put(KeyValue(key: keys.containment(host: record.host, level: record.level),
                      value: try ContainmentValue(record, gateway: gateway).encoded(), modRevision: revision))
    }

    private func usage(_ gateway: String, _ quota: String, _ window: Int64, shard: Int = 0, _ text: String) -> WatchChange {
        .put(KeyValue(key: keys.usage(gateway: gateway, quotaID: quota, window: window, shard: shard),
                      value: Data(text.utf8), modRevision: 9))
    }

    @Test func containmentsArriveAndReleasesFollowDeletes() throws {
        var state = FleetState(keys: keys, gateway: "a")
        state.apply([try put(containment("10.0.0.5"))], at: now)
        let inbox = state.take()
        #expect(inbox.contain.map(\.host) == [HostID("10.0.0.5")!])
        #expect(inbox.contain.first?.reason == "quota q exceeded (from b)")
        #expect(state.revision == 5)
        state.apply([.delete(key: keys.containment(host: HostID("10.0.0.5")!, level: .block), revision: 7)], at: now)
        #expect(state.take().release == [ContainmentKey(host: HostID("10.0.0.5")!, level: .block)])
        // Expired ones are neither enforced nor released (etcd deletes them a minute later).
        state.apply([try put(containment("10.0.0.6", expires: -1))], at: now)
        state.apply([.delete(key: keys.containment(host: HostID("10.0.0.6")!, level: .block), revision: 8)], at: now)
        #expect(state.take().isEmpty)
    }

    @Test("times in a containment value are taken within bounds: a far end is until released, a start out of the era is now")
    func containmentTimesWithinBounds() throws {
        let now = Date(timeIntervalSince1970: 1_780_000_000)
        func read(_ since: String, _ expires: String) throws -> StoredContainment {
            let json = #"{"expires":\#(expires),"gateway":"b","host":"10.70.0.48","level":"block","origin":"watcher","reason":"r","since":\#(since)}"#
            let value = try #require(ContainmentValue.decode(Data(json.utf8)), "\(json)")
            return try #require(value.containment(table: "sluice", now: now))
        }
        for (since, expires) in [("1e300", "1e17"), ("-5", "1e300")] {
            let record = try read(since, expires)
            #expect(record.since == now && record.expires == nil, "\(since) \(expires)")
        }
        // An end before the era has passed, as any end in the past has: not enforced, not kept.
        for expires in ["-5", "-1e300"] {
            #expect(try read("1.7e308", expires).expires == Date(timeIntervalSince1970: 0), "\(expires)")
        }
        let ordinary = try read("1780000000", "1780000600")
        #expect(ordinary.since == now && ordinary.expires == now.addingTimeInterval(600))
    }

    @Test func onlyThisGatewaysOwnDecisionsAreQueuedForPublication() throws {
        var state = FleetState(keys: keys, gateway: "a")
        state.apply([try put(containment("10.0.0.5"))], at: now)
        // The watcher recorded the fleet's containment locally: the echo is not published again.
        state.observe([.putContainment(containment("10.0.0.5"), incident: nil)], at: now)
        #expect(state.pendingContainments.isEmpty)
        // A longer one decided here is.
        state.observe([.putContainment(containment("10.0.0.5", expires: nil), incident: nil),
                       .putContainment(containment("10.0.0.7"), incident: nil)], at: now)
        #expect(state.pendingContainments.keys.map(\.host.description).sorted() == ["10.0.0.5", "10.0.0.7"])
        // Once etcd shows it, it is no longer pending.
        state.apply([try put(containment("10.0.0.7"), gateway: "a")], at: now)
        #expect(state.pendingContainments.keys.map(\.host.description) == ["10.0.0.5"])
    }

    @Test func remoteUsageIsSummedOverTheOtherGatewaysOnly() {
        var state = FleetState(keys: keys, gateway: "a")
        state.apply([usage("b", "hq", 100, "10.0.0.5 300\n10.0.0.6 10\n"), usage("c", "hq", 100, shard: 3, "10.0.0.5 200\n"),
                     usage("a", "hq", 100, "10.0.0.5 999\n")], at: now)
        let inbox = state.take()
        #expect(inbox.remoteUsage == [FleetUsage(quotaID: "hq", window: 100,
                                                 hosts: [HostID("10.0.0.5")!: 500, HostID("10.0.0.6")!: 10])])
        #expect(state.take().remoteUsage.isEmpty)
    }

    @Test("forged figures past 2^64 together do not wrap: the sum is the largest size, and going away restores it")
    func forgedSumsDoNotWrap() {
        var state = FleetState(keys: keys, gateway: "a")
        state.apply([usage("b", "hq", 100, "10.0.0.5 300\n"),
                     usage("x1", "hq", 100, "10.0.0.5 9223372036854775807\n"), usage("x2", "hq", 100, "10.0.0.5 9223372036854775807\n"),
                     usage("x3", "hq", 100, "10.0.0.5 18446744073709551615\n")], at: now)
        // Wrapped, these four would sum to 297: what the real gateway b published, cancelled.
        #expect(state.take().remoteUsage == [FleetUsage(quotaID: "hq", window: 100, hosts: [HostID("10.0.0.5")!: UInt64(Int64.max)])])
        for forger in ["x1", "x2", "x3"] {
            state.apply([.delete(key: keys.usage(gateway: forger, quotaID: "hq", window: 100, shard: 0), revision: 10)], at: now)
        }
        #expect(FleetState.usages(state.remoteSums) == [FleetUsage(quotaID: "hq", window: 100, hosts: [HostID("10.0.0.5")!: 300])])
    }

    @Test("this gateway's usage keys written under a lease it never used mean another gateway has its name")
    func aSecondGatewayOfTheSameNameIsNoticed() {
        var state = FleetState(keys: keys, gateway: "a")
        func own(lease: Int64) -> WatchChange {
            .put(KeyValue(key: keys.usage(gateway: "a", quotaID: "hq", window: 100, shard: 0), value: Data("10.0.0.5 9\n".utf8),
                          modRevision: 9, lease: lease))
        }
        // An earlier run's keys in a full read, and this run's own writes: nobody else.
        state.replaceAll([KeyValue(key: keys.usage(gateway: "a", quotaID: "hq", window: 100, shard: 1), value: Data(),
                                   modRevision: 3, lease: 41)], revision: 3, at: now)
        state.ownLeases.insert(42)
        state.apply([own(lease: 42)], at: now)
        #expect(state.nameClash == nil)
        state.apply([own(lease: 77)], at: now)
        #expect(state.nameClash == 77)
    }

    @Test("the sums kept as shards arrive, change and leave equal the sums of what is held")
    func keptSumsMatchARecount() {
        var state = FleetState(keys: keys, gateway: "a")
        var seed: UInt64 = 7
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        for step in 0..<400 {
            let gateway = ["b", "c", "d"][next(3)], quota = ["hq", "gq"][next(2)], window = Int64(100 + next(2)), shard = next(4)
            if next(5) == 0 {
                state.apply([.delete(key: keys.usage(gateway: gateway, quotaID: quota, window: window, shard: shard), revision: 9)], at: now)
            } else {
                let lines = (0..<next(4)).map { _ in "10.0.0.\(next(6)) \(next(3) * 100)\n" }.joined()
                state.apply([usage(gateway, quota, window, shard: shard, lines)], at: now)
            }
            let recount = FleetState.sums(state.remote.values).map { usage in
                FleetUsage(quotaID: usage.quotaID, window: usage.window, hosts: usage.hosts.filter { $0.value != 0 })
            }.filter { !$0.hosts.isEmpty }
            #expect(FleetState.usages(state.remoteSums) == recount, "step \(step)")
        }
    }

    @Test func ownFiguresFoundAtTheFirstReadAreHandedOverOnce() throws {
        var state = FleetState(keys: keys, gateway: "a")
        guard case .put(let own) = usage("a", "hq", 100, "10.0.0.5 70\n"), case .put(let theirs) = usage("b", "hq", 100, "10.0.0.5 30\n") else { return }
        state.replaceAll([own, theirs], revision: 10, at: now)
        let inbox = state.take()
        #expect(inbox.ownPublished == [FleetUsage(quotaID: "hq", window: 100, hosts: [HostID("10.0.0.5")!: 70])])
        #expect(inbox.remoteUsage == [FleetUsage(quotaID: "hq", window: 100, hosts: [HostID("10.0.0.5")!: 30])])
        state.replaceAll([own, theirs], revision: 11, at: now)
        #expect(state.take().ownPublished.isEmpty)
    }

    @Test func onlyChangedShardsAreWrittenAndAnOldWindowIsDeleted() {
        var state = FleetState(keys: keys, gateway: "a")
        state.latestUsage = [FleetUsage(quotaID: "hq", window: 100, hosts: [HostID("10.0.0.5")!: 300, HostID("10.0.0.6")!: 20])]
        let first = state.usageWrites(lease: 7)
        // One write per shard that holds a host; empty shards are not written.
        let shards = Set([HostID("10.0.0.5")!, HostID("10.0.0.6")!].map { UsageShard.index(of: $0) })
        #expect(first.operations.count == shards.count)
        state.wrote(values: first.values, windows: first.windows)
        #expect(state.usageWrites(lease: 7).operations.isEmpty)
        state.latestUsage[0].hosts[HostID("10.0.0.5")!] = 400
        let second = state.usageWrites(lease: 7)
        #expect(second.operations.count == 1)
        state.wrote(values: second.values, windows: second.windows)
        state.latestUsage = [FleetUsage(quotaID: "hq", window: 200, hosts: [HostID("10.0.0.5")!: 1])]
        let third = state.usageWrites(lease: 7)
        #expect(third.operations.first == .delete(key: "/sluice/sluice/usage/a/hq/100/", prefix: true))
        #expect(third.operations.count == 2)
    }

    @Test func aFullReadReleasesWhatVanishedMeanwhile() throws {
        var state = FleetState(keys: keys, gateway: "a")
        state.apply([try put(containment("10.0.0.5")), try put(containment("10.0.0.6"))], at: now)
        _ = state.take()
        guard case .put(let kept) = try put(containment("10.0.0.6")) else { return }
        state.replaceAll([kept], revision: 40, at: now)
        let inbox = state.take()
        #expect(inbox.release == [ContainmentKey(host: HostID("10.0.0.5")!, level: .block)])
        #expect(inbox.standing == [ContainmentKey(host: HostID("10.0.0.6")!, level: .block)])
        #expect(state.revision == 40)
    }

    @Test func shardsAndKeysRoundTrip() {
        let hosts: [HostID: UInt64] = [HostID("10.0.0.5")!: 300, HostID("2001:db8::1")!: 7, .groupTotal: 9]
        #expect(UsageShard.decode(Substring(UsageShard.encode(hosts))) == hosts)
        // Stable across runs: FNV-1a, not Swift's seeded hash.
        #expect(UsageShard.index(of: HostID("10.0.0.5")!) == UsageShard.index(of: HostID("10.0.0.5")!))
        let key = keys.usage(gateway: "gw-1", quotaID: "hq_compute_1d", window: 1_800_000_000, shard: 3)
        #expect(key == "/sluice/sluice/usage/gw-1/hq_compute_1d/1800000000/03")
        #expect(keys.parseUsage(key)?.gateway == "gw-1")
        #expect(keys.parseContainment(keys.containment(host: HostID("2001:db8::1")!, level: .isolate))?.1 == HostID("2001:db8::1"))
        #expect(FleetKeys.validGateway("gw-1.site_a") && !FleetKeys.validGateway("a/b") && !FleetKeys.validGateway(""))
    }

    @Test func shardLinesThatDoNotReadAreSkipped() {
        let text = "10.0.0.5 300\n10.0.0.6\n10.0.0.7 x1\n10.0.0.8 18446744073709551616\n10.0.0.9 -1\nnot-a-host 5\n"
            + "\n10.0.0.10 \nuid:1001 42\n2001:db8::2 18446744073709551615"
        #expect(UsageShard.decode(Substring(text)) == [HostID("10.0.0.5")!: 300, .user(1001): 42,
                                                       HostID("2001:db8::2")!: UInt64.max])
    }
}

/// The others' usage is summed for the watcher at most every quarter second, and a change made
/// meanwhile is not lost: it comes with the next take after that.
@Suite struct FleetUsagePaceTests {
    @Test func aChangeWithinTheQuarterSecondComesWithTheNextTake() {
        let keys = FleetKeys(table: "sluice")
        var state = FleetState(keys: keys, gateway: "a")
        let t0 = Date(timeIntervalSince1970: 1_800_000_000)
        func put(_ text: String) {
            state.apply([.put(KeyValue(key: keys.usage(gateway: "b", quotaID: "hq", window: 100, shard: 0), value: Data(text.utf8),
                                       modRevision: 3))], at: t0)
        }
        put("10.0.0.5 1\n")
        #expect(state.take(at: t0).remoteUsage.first?.hosts[HostID("10.0.0.5")!] == 1)
        put("10.0.0.5 2\n")
        #expect(state.take(at: t0.addingTimeInterval(0.1)).remoteUsage.isEmpty)
        #expect(state.take(at: t0.addingTimeInterval(0.3)).remoteUsage.first?.hosts[HostID("10.0.0.5")!] == 2)
    }
}
