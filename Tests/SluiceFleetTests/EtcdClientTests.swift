import Foundation
import SluiceFleet
import Glibc
import SluiceSystem
import Testing

/// The etcd client against a real etcd: the v3 JSON gateway's range, put, delete, transactions
/// conditioned on a key's mod revision, leases and a streaming watch.
@Suite(.serialized) struct EtcdClientTests {
    @Test func putRangeDeleteAndAConditionedTransaction() throws {
        let etcd = try EtcdCluster()
        let client = try EtcdClient(endpoints: etcd.endpoints, tls: nil)
        let first = try client.put("/t/a", Data("one".utf8))
        try client.put("/t/b", Data("two".utf8))
        try client.put("/u", Data("other".utf8))
        let (kvs, revision) = try client.range("/t/", prefix: true)
        #expect(kvs.map(\.key) == ["/t/a", "/t/b"])
        #expect(kvs.first?.value == Data("one".utf8))
        #expect(kvs.first?.modRevision == first)
        #expect(revision >= first + 1)
        // Conditioned on /t/a's revision: the first wins, the second (same expectation) is refused.
        let won = try client.transaction(expected: ["/t/a": first], operations: [.put(key: "/t/a", value: Data("x".utf8), lease: nil)])
        let lost = try client.transaction(expected: ["/t/a": first], operations: [.put(key: "/t/a", value: Data("y".utf8), lease: nil)])
        #expect(won.succeeded && !lost.succeeded)
        #expect(try client.range("/t/a").kvs.first?.value == Data("x".utf8))
        // 0: the key must not exist.
        #expect(try client.transaction(expected: ["/t/new": 0], operations: [.put(key: "/t/new", value: Data(), lease: nil)]).succeeded)
        try client.delete("/t/", prefix: true)
        #expect(try client.range("/t/", prefix: true).kvs.isEmpty)
        #expect(try client.range("/u").kvs.count == 1)
    }

    @Test func leasedKeysGoWhenTheLeaseIsRevoked() throws {
        let etcd = try EtcdCluster()
        let client = try EtcdClient(endpoints: etcd.endpoints, tls: nil)
        let lease = try client.grantLease(ttl: 30)
        try client.put("/l/a", Data("1".utf8), lease: lease)
        try client.keepAlive(lease: lease)
        #expect(try client.range("/l/a").kvs.first?.lease == lease)
        try client.revoke(lease: lease)
        #expect(try client.range("/l/a").kvs.isEmpty)
        #expect(throws: EtcdError.self) { try client.keepAlive(lease: lease) }
    }

    @Test func aWatchStreamsPutsAndDeletesAsTheyHappen() throws {
        let etcd = try EtcdCluster()
        let client = try EtcdClient(endpoints: etcd.endpoints, tls: nil)
        let start = try client.put("/w/a", Data("before".utf8))
        let watch = EtcdWatch(client: client, prefix: "/w/")
        let seen = Locked<[WatchChange]>([])
        let thread = Thread {
            try? watch.run(from: start) { changes, _ in seen.update { $0 += changes } }
        }
        thread.start()
        Thread.sleep(forTimeInterval: 0.3)
        try client.put("/w/b", Data("after".utf8))
        try client.put("/x", Data("elsewhere".utf8))
        try client.delete("/w/a")
        let deadline = Date().addingTimeInterval(5)
        while seen.value.count < 3 && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        watch.cancel()
        let changes = seen.value
        #expect(changes.count == 3)
        guard changes.count == 3 else { return }
        if case .put(let kv) = changes[0] { #expect(kv.key == "/w/a" && kv.value == Data("before".utf8)) } else { Issue.record("\(changes[0])") }
        if case .put(let kv) = changes[1] { #expect(kv.key == "/w/b") } else { Issue.record("\(changes[1])") }
        if case .delete(let key, _) = changes[2] { #expect(key == "/w/a") } else { Issue.record("\(changes[2])") }
    }

    @Test func oneMemberDownChangesNothing() throws {
        let etcd = try EtcdCluster(size: 3)
        // The member killed may be the leader: the next write waits for the other two to elect
        // one (a second or more on a loaded machine), as a real client's would.
        let client = try EtcdClient(endpoints: etcd.endpoints, tls: nil, timeout: .seconds(5))
        try client.put("/m/a", Data("1".utf8))
        etcd.kill(0)
        try client.put("/m/b", Data("2".utf8))
        #expect(try client.range("/m/", prefix: true).kvs.count == 2)
    }

    /// A watch has no read timeout: keepalive probes are what notice a member that vanished silently.
    @Test func keepaliveProbesAreTurnedOn() throws {
        let etcd = try EtcdCluster()
        let socket = try StreamSocket(host: "127.0.0.1", port: etcd.endpoints[0].port, timeout: .seconds(1), ioTimeout: nil)
        defer { socket.close() }
        func option(_ level: Int32, _ name: Int32) -> Int32 {
            var value: Int32 = -1
            var size = socklen_t(MemoryLayout<Int32>.size)
            getsockopt(socket.fd, level, name, &value, &size)
            return value
        }
        #expect(option(SOL_SOCKET, SO_KEEPALIVE) == 0)
        socket.keepAlive()
        #expect(option(SOL_SOCKET, SO_KEEPALIVE) == 1)
        #expect(option(Int32(IPPROTO_TCP), TCP_KEEPIDLE) == 10 && option(Int32(IPPROTO_TCP), TCP_KEEPCNT) == 3)
    }

    @Test func unreachableMembersAreNamed() throws {
        let client = try EtcdClient(endpoints: [Endpoint("http://127.0.0.1:9")!], tls: nil, timeout: .milliseconds(300))
        #expect {
            try client.range("/a")
        } throws: { error in
            guard case EtcdError.unreachable(let failures) = error else { return false }
            return failures.first?.contains("127.0.0.1:9") == true
        }
    }

    @Test func endpointsParse() {
        #expect(Endpoint("10.0.0.1:2379")?.description == "https://10.0.0.1:2379")
        #expect(Endpoint("http://etcd-a")?.description == "http://etcd-a:2379")
        #expect(Endpoint("https://[2001:db8::1]:2379/")?.host == "2001:db8::1")
        #expect(Endpoint("http://a:b") == nil)
        #expect(Endpoint("") == nil)
    }
}
