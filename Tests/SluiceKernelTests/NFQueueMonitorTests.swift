import Foundation
import SluiceKernel
import Testing

/// The NFQUEUE client on the real kernel: a queued UDP answer from port 53 is held until
/// `accept`, then delivered whole. The queue rule here is iptables-nft's NFQUEUE target (the
/// xtables target through nft_compat), as the kernel offers no nftables `queue` expression.
@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct NFQueueMonitorTests {
    /// Sends `payload` from 127.0.0.1:53 to 127.0.0.1:5300 and says whether it arrived within
    /// the first 0.6 s ("held" if not) and then within 5 s.
    static let script = """
        import socket, sys
        r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); r.bind(("127.0.0.1", 5300))
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 53))
        s.sendto(bytes.fromhex(sys.argv[1]), ("127.0.0.1", 5300))
        r.settimeout(0.6)
        try:
            data = r.recv(65535); print("early", len(data)); sys.exit(0)
        except socket.timeout:
            pass
        r.settimeout(5)
        try:
            data = r.recv(65535); print("held then", len(data))
        except socket.timeout:
            print("lost")
        """

    @Test func holdsUntilAccepted() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        try ns.exec(["ip", "link", "set", "lo", "up"])
        try ns.exec(["iptables-nft", "-A", "INPUT", "-i", "lo", "-p", "udp", "--sport", "53",
                     "-j", "NFQUEUE", "--queue-num", "7", "--queue-bypass"])
        let monitor = try NFQueueMonitor(namespace: ns.namespace, queue: 7)
        defer { monitor.stop() }

        let payload: [UInt8] = [0x12, 0x34, 0x81, 0x80] + [UInt8](repeating: 0, count: 30)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/sbin/ip")
        process.arguments = ["netns", "exec", ns.name, "python3", "-c", Self.script,
                             payload.map { String(format: "%02x", $0) }.joined()]
        let output = Pipe()
        process.standardOutput = output
        try process.run()

        var held: [(id: UInt32, packet: [UInt8])] = []
        let deadline = Date().addingTimeInterval(3)
        while held.isEmpty && Date() < deadline { held = try monitor.next(timeout: 500) }
        if held.isEmpty {
            process.waitUntilExit()
            let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let rules = (try? ns.exec(["iptables-nft", "-L", "-v", "-n"])) ?? ""
            Issue.record("nothing queued; the sender said: \(said); \(rules)")
        }
        #expect(held.count == 1)
        let packet = try #require(held.first?.packet)
        // The whole IPv4 packet: header, UDP header, payload.
        #expect(packet.first.map { $0 >> 4 } == 4 && Array(packet.suffix(payload.count)) == payload)
        Thread.sleep(forTimeInterval: 1.0)
        try monitor.accept(try #require(held.first?.id))
        process.waitUntilExit()
        let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(said == "held then \(payload.count)\n")
    }
}
