import Foundation
import SluiceCompiler
import SluiceKernel
import Testing

/// The DNS answer queue with real packets: Sluice's applied `ip sluice` table holds an answer
/// from a `dns` server in the binding's queue (the gateway's own resolver case: the answer leaves
/// through output), lets it pass when nobody listens (bypass), leaves other servers' answers
/// and packets that answer no query alone, and a released answer still meets every later base chain of its hook: the watcher's
/// accept never skips the `inet` table's default deny (stood for here by a drop at priority 0).
@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct AnswerQueueKernelTests {
    /// Sends a 34-byte answer from SOURCE:53 to SOURCE:5300, after a query from 5300 to 53 (or,
    /// when the second argument is "unasked", to 5301 without one), and says whether it arrived within 0.5 s ("early"), later
    /// within 1.5 s ("held then"), or not at all ("lost").
    static let script = """
        import socket, sys
        src = sys.argv[1]
        family = socket.AF_INET6 if ":" in src else socket.AF_INET
        # The unasked answer goes to a port of its own: conntrack still holds the earlier queries.
        port = 5301 if sys.argv[2] == "unasked" else 5300
        r = socket.socket(family, socket.SOCK_DGRAM); r.bind((src, port))
        s = socket.socket(family, socket.SOCK_DGRAM); s.bind((src, 53))
        if port == 5300:
            r.sendto(bytes(30), (src, 53)); s.recv(65535)
        s.sendto(bytes(34), (src, port))
        for (timeout, word) in ((0.5, "early"), (1.5, "held then")):
            r.settimeout(timeout)
            try:
                r.recv(65535); print(word); sys.exit(0)
            except socket.timeout:
                pass
        print("lost")
        """

    /// Runs the sender from `source` in the namespace; `whileRunning` gets the queue's chance.
    static func send(from source: String, asked: Bool = true, in ns: TestNamespace,
                     whileRunning: () throws -> Void = {}) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/sbin/ip")
        process.arguments = ["netns", "exec", ns.name, "python3", "-c", script, source, asked ? "asked" : "unasked"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        try whileRunning()
        process.waitUntilExit()
        return String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func heldFromServersBypassedWithoutListenerAndReleasedIntoTheMainTable() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        try ns.exec(["ip", "addr", "add", "192.0.2.53/32", "dev", "lo"])
        try ns.exec(["ip", "addr", "add", "192.0.2.99/32", "dev", "lo"])
        let ruleset = Fixtures.compiled("Tests/Fixtures/dns-names.sluice")
        let connection = try NetfilterConnection(namespace: ns.namespace)
        let plan = try connection.plan(ruleset)
        try connection.apply(plan, expectedGeneration: plan.generation)
        let queue = PacketLogChannels.group(table: ruleset.table)

        // Nobody listens: the server's answer passes at once (bypass).
        #expect(try Self.send(from: "192.0.2.53", in: ns) == "early")

        let monitor = try NFQueueMonitor(namespace: ns.namespace, queue: queue)
        defer { monitor.stop() }
        // Another server's answer is not queued.
        #expect(try Self.send(from: "192.0.2.99", in: ns) == "early")
        #expect(try monitor.next(timeout: 0).isEmpty)
        // Nor is a packet from the server's address and port that answers nothing the receiver
        // asked: anyone can send one, so nothing is learned from it.
        #expect(try Self.send(from: "192.0.2.53", asked: false, in: ns) == "early")
        #expect(try monitor.next(timeout: 0).isEmpty)

        // The server's answer is held until accepted, then delivered.
        func heldThenAccepted() throws -> Int {
            var held: [(id: UInt32, packet: [UInt8])] = []
            let deadline = Date().addingTimeInterval(3)
            while held.isEmpty && Date() < deadline { held = try monitor.next(timeout: 200) }
            Thread.sleep(forTimeInterval: 0.7)
            for packet in held { try monitor.accept(packet.id) }
            return held.count
        }
        var count = 0
        #expect(try Self.send(from: "192.0.2.53", in: ns) { count = try heldThenAccepted() } == "held then")
        #expect(count == 1)

        // A later base chain of the hook that drops the answer (as the inet table's default deny
        // does) still drops it after the accept.
        try ns.load("""
            table inet probe {
            \tchain out {
            \t\ttype filter hook output priority filter; policy accept;
            \t\tip saddr 192.0.2.53 udp sport 53 drop
            \t}
            }
            """)
        #expect(try Self.send(from: "192.0.2.53", in: ns) { count = try heldThenAccepted() } == "lost")
        #expect(count == 1, "queued first, then dropped by the later chain")
    }

    /// On a host the answers arrive on input, a local resolver's through loopback too: both
    /// families, from `dns 127.0.0.1, ::1`.
    @Test(arguments: ["127.0.0.1", "::1"])
    func aHostHoldsAnswersOnInput(server: String) throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-q-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("host.sluice").path
        try """
            policy laptop {
              mode host
              dns 127.0.0.1, ::1
            }
            destination pypi "pypi.org"
            allow self to pypi on tcp/443

            """.write(toFile: path, atomically: true, encoding: .utf8)
        let compiled = try #require(PolicyBuild.build(path: path).compiled)
        let connection = try NetfilterConnection(namespace: ns.namespace)
        let plan = try connection.plan(compiled.ruleset)
        try connection.apply(plan, expectedGeneration: plan.generation)
        let monitor = try NFQueueMonitor(namespace: ns.namespace, queue: try #require(compiled.dns).queue)
        defer { monitor.stop() }
        var held: [(id: UInt32, packet: [UInt8])] = []
        let said = try Self.send(from: server, in: ns) {
            let deadline = Date().addingTimeInterval(3)
            while held.isEmpty && Date() < deadline { held = try monitor.next(timeout: 200) }
            Thread.sleep(forTimeInterval: 0.7)
            for packet in held { try monitor.accept(packet.id) }
        }
        #expect(said == "held then")
        #expect(held.count == 1, "queued once: on input, not again on output")
        #expect(held.first?.packet.first.map { $0 >> 4 } == (server.contains(":") ? 6 : 4))
    }
}
