import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import Testing

@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct MonitorTests {
    static let group: UInt16 = 5113

    /// Host mode, with a 1000-byte quota on UDP port 9999 and a logged deny on UDP port 9998.
    static func ruleset() -> Ruleset {
        var r = Ruleset()
        r.quotas = [QuotaObject(name: "q", bytes: 1000, comment: "test.sluice:1")]
        r.sets = [
            NFTSet(name: "s_quota_udp", keyType: .inetService, flags: [.interval], elements: [SetElement(.ports(9999...9999))]),
            NFTSet(name: "s_deny_udp", keyType: .inetService, flags: [.interval], elements: [SetElement(.ports(9998...9998))]),
        ]
        r.chains = [Chain(name: "output", hook: ChainHook(hook: .output), rules: [
            Rule([.match(Match(.udpDport, .set("s_quota_udp"))), .quota(name: "q"),
                  .log(LogStatement(prefix: "sluice-quota sluice q", group: group)), .verdict(.drop)]),
            Rule([.match(Match(.udpDport, .set("s_deny_udp"))),
                  .log(LogStatement(prefix: "sluice-deny sluice", group: group)), .verdict(.drop)]),
        ])]
        return r
    }

    /// Sends `count` UDP datagrams of `size` payload bytes from inside the namespace.
    static func send(_ ns: TestNamespace, to host: String, port: Int, count: Int, size: Int) throws {
        try ns.exec(["bash", "-c",
                     "for i in $(seq \(count)); do head -c \(size) /dev/zero > /dev/udp/\(host)/\(port); done 2>/dev/null; true"])
    }

    @Test func quotaDepletionAndNFLOGPackets() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let events = try EventMonitor(namespace: ns.namespace, table: "sluice")
        defer { events.stop() }
        let nflog = try NFLogMonitor(namespace: ns.namespace, group: Self.group)
        defer { nflog.stop() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try IncrementalApplyTests.apply(Self.ruleset(), connection)
        #expect(try events.next(timeout: 2000).contains(.tableChanged(table: "sluice")))

        try Self.send(ns, to: "127.0.0.1", port: 9999, count: 6, size: 300)
        var seen: [NetfilterEvent] = []
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, !seen.contains(where: { if case .quotaDepleted = $0 { return true }; return false }) {
            seen += try events.next(timeout: 500)
        }
        let depleted = seen.compactMap { e -> (String, UInt64)? in
            if case .quotaDepleted(let table, let name, let used) = e, table == "sluice" { return (name, used) }
            return nil
        }
        #expect(depleted.first?.0 == "q")
        // The kernel reports consumed bytes capped at the limit.
        #expect(depleted.first?.1 == 1000)
        #expect(try connection.readQuota(table: "sluice", name: "q").used == 1000)

        var packets: [NFLogPacket] = []
        while packets.count < 3, let batch = try? nflog.next(timeout: 1000), !batch.isEmpty { packets += batch }
        let first = try #require(packets.first)
        #expect(first.prefix == "sluice-quota sluice q")
        #expect(first.family == .ipv4)
        #expect(first.source == IPAddress("127.0.0.1"))
        #expect(first.destination == IPAddress("127.0.0.1"))
        #expect(first.transport == 17)
        #expect(first.destinationPort == 9999)
        #expect(first.length == 328)
        #expect(first.group == Self.group)
        // nfnetlink_log names the socket's owner on every packet that has one: this test runs as root.
        #expect(first.uid == 0)
        // Packets 4, 5 and 6 are over the quota: each is logged and dropped.
        #expect(packets.count == 3)

        try Self.send(ns, to: "::1", port: 9998, count: 1, size: 10)
        var denied = try #require(try nflog.next(timeout: 2000).first)
        #expect(denied.uid == 0)
        denied.uid = nil
        #expect(denied == NFLogPacket(group: Self.group, prefix: "sluice-deny sluice", family: .ipv6,
                                      source: IPAddress("::1"), destination: IPAddress("::1"), transport: 17,
                                      destinationPort: 9998, length: 58))
    }

    @Test func resetLetsTheQuotaFireAgain() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let events = try EventMonitor(namespace: ns.namespace, table: "sluice")
        defer { events.stop() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try IncrementalApplyTests.apply(Self.ruleset(), connection)
        try Self.send(ns, to: "127.0.0.1", port: 9999, count: 4, size: 300)
        // 4 × 328 bytes were counted; the read is capped at the limit, the reset takes all of it.
        let read = try connection.readQuotas(table: "sluice", reset: true)
        #expect(read.first?.used == 1000)
        #expect(try connection.readQuota(table: "sluice", name: "q").used == 0)
        try Self.send(ns, to: "127.0.0.1", port: 9999, count: 1, size: 300)
        #expect(try connection.readQuota(table: "sluice", name: "q").used == 328)
        _ = try connection.readQuota(table: "sluice", name: "q", reset: true)
        _ = try events.next(timeout: 200)
        while try !events.next(timeout: 200).isEmpty {}
        try Self.send(ns, to: "127.0.0.1", port: 9999, count: 4, size: 300)
        var again: [NetfilterEvent] = []
        for _ in 0..<10 where !again.contains(where: { if case .quotaDepleted = $0 { return true }; return false }) {
            again += try events.next(timeout: 300)
        }
        #expect(again.contains(.quotaDepleted(table: "sluice", name: "q", used: 1000)))
    }

    @Test func monitorsStopFromAnotherThread() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let events = try EventMonitor(namespace: ns.namespace, table: "sluice")
        let nflog = try NFLogMonitor(namespace: ns.namespace, group: Self.group)
        let done = DispatchSemaphore(value: 0)
        let results = Results()
        Thread.detachNewThread {
            results.events = (try? events.next()) ?? [.eventsLost]
            results.packets = (try? nflog.next()) ?? [NFLogPacket(group: 0, prefix: "error")]
            done.signal()
        }
        Thread.sleep(forTimeInterval: 0.2)
        events.stop()
        nflog.stop()
        #expect(done.wait(timeout: .now() + 3) == .success)
        #expect(results.events == [])
        #expect(results.packets == [])
        // A second listener on the same group in the same namespace is refused while the first holds it.
        let other = try? NFLogMonitor(namespace: ns.namespace, group: Self.group)
        #expect(other == nil)
    }

    @Test func aFullBufferReportsLostEvents() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try IncrementalApplyTests.apply(Fixtures.gateway(), connection)
        let events = try EventMonitor(namespace: ns.namespace, table: "sluice", bufferSize: 4096)
        defer { events.stop() }
        for i in 0..<200 {
            try connection.addElements([SetElement(Fixtures.address("10.20.\(i).1"), timeout: 60_000)],
                                       table: "sluice", set: "blocked_v4")
        }
        var seen: [NetfilterEvent] = []
        while let batch = try? events.next(timeout: 200), !batch.isEmpty { seen += batch }
        #expect(seen.contains(.eventsLost))
    }

    @Test func perElementCountersReadAndReset() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        var r = Self.ruleset()
        r.sets.append(NFTSet(name: "tq_v4", keyType: .ipv4Addr, flags: [.dynamic], size: 1024, stateful: .counter,
                             runtimeElements: true))
        r.sets.append(NFTSet(name: "hq_v4", keyType: .ipv4Addr, flags: [.dynamic], size: 1024,
                             stateful: .quotaOver(bytes: 500), runtimeElements: true))
        r.chains[0].rules.insert(Rule([.update(SetUpdate(.update, set: "tq_v4", key: .ipSaddr)),
                                       .update(SetUpdate(.update, set: "hq_v4", key: .ipSaddr))]), at: 0)
        try IncrementalApplyTests.apply(r, connection)
        try Self.send(ns, to: "127.0.0.1", port: 9998, count: 3, size: 100)
        let counted = try connection.readAndResetElements(table: "sluice", set: "tq_v4")
        #expect(counted.map(\.key) == [Fixtures.address("127.0.0.1")])
        #expect(counted.first?.counter == CounterState(packets: 3, bytes: 384))
        #expect(try connection.readSet(table: "sluice", name: "tq_v4").elements.first?.counter
                == CounterState(packets: 0, bytes: 0))
        let quota = try connection.readAndResetElements(table: "sluice", set: "hq_v4")
        #expect(quota.first?.quotaUsed == 384)
        #expect(try connection.readSet(table: "sluice", name: "hq_v4").elements.first?.quotaUsed == 0)
    }

    final class Results: @unchecked Sendable {
        var events: [NetfilterEvent] = [.eventsLost]
        var packets: [NFLogPacket] = [NFLogPacket(group: 0, prefix: "unset")]
    }
}
