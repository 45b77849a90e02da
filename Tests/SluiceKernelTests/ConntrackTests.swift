import Foundation
import SluiceKernel
import SluiceLanguage
import Testing

/// ctnetlink against the real kernel: a reset read hands each byte over once and carries the
/// connection's mark, and a connection that ends arrives as a destroy event with the bytes since.
@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct ConntrackTests {
    /// Sends `count` UDP datagrams of `size` bytes from 127.0.0.1 to 127.0.0.2:9 inside the namespace.
    static func send(_ ns: TestNamespace, count: Int, size: Int) throws {
        try ns.exec(["python3", "-c", """
            import socket
            s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            s.bind(("127.0.0.1", 40000))
            for _ in range(\(count)): s.sendto(b"x" * \(size), ("127.0.0.2", 9))
            """])
    }

    @Test func resetReadsAndDestroyEventsAccountEachByteOnce() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        // Conntrack runs in a namespace once a rule needs it; this one also marks the connection (keeping its other bits).
        try ns.load("""
            table inet t {
                chain out { type filter hook output priority 0; policy accept; udp dport 9 ct mark set 0x5; udp dport 9 ct mark set ct mark | 0x40000000; }
            }
            """)
        _ = try ConntrackTable.enableAccounting(namespace: ns.namespace)
        #expect(try ConntrackTable.enableAccounting(namespace: ns.namespace).isEmpty, "already on: nothing to change")
        let events = try ConntrackEvents(namespace: ns.namespace)
        let table = try ConntrackTable(namespace: ns.namespace)

        try Self.send(ns, count: 3, size: 100)
        let first = try table.drain().filter { $0.destinationPort == 9 }
        #expect(first.count == 1)
        let connection = try #require(first.first)
        #expect(connection.source == IPAddress("127.0.0.1") && connection.destination == IPAddress("127.0.0.2"))
        #expect(connection.transport == 17 && connection.bytes == 3 * 128 && connection.packets == 3)
        #expect(connection.mark == 0x4000_0005)
        #expect(try table.drain().filter { $0.destinationPort == 9 }.map(\.bytes) == [0], "the read reset the counters")

        try Self.send(ns, count: 2, size: 100)
        // End it now rather than wait for conntrack's garbage collector, which on a loaded machine
        // may take longer than the test should: a deletion sends the same destroy event.
        try ns.exec(["conntrack", "-D", "-p", "udp", "--orig-port-dst", "9"])
        var ended: [TrackedConnection] = []
        let deadline = Date().addingTimeInterval(20)
        while ended.isEmpty && Date() < deadline {
            ended = try events.next(timeout: 500).connections.filter { $0.destinationPort == 9 }
        }
        #expect(ended.map(\.bytes) == [2 * 128], "the end brings the bytes since the last read")
        #expect(ended.first?.mark == 0x4000_0005, "destroy events carry the mark")
        #expect(try ns.namespace.interfaceAddresses().contains(IPAddress("127.0.0.1")!))
    }
}
