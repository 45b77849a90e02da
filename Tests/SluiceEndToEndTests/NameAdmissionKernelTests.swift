import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import SluiceWatch
import Testing

/// A DNS answer held in NFQUEUE on the real kernel: the name service learns from it, adds the
/// address to the learned set in one batch, and only then releases it; the client, on receiving
/// the answer, already finds the address admitted. (The queue rule is iptables-nft's NFQUEUE
/// target with bypass; the compiler does not emit its own yet.)
@Suite("Names: answers held until admitted", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"),
       .serialized)
struct NameAdmissionKernelTests {
    static let policy = """
        policy t {
          mode host
          dns 127.0.0.1
        }
        destination pypi "pypi.org"
        allow self to pypi on tcp/443
        """

    /// A response for pypi.org: A 192.0.2.7, TTL 1 (the floor of 60 s applies).
    static let answer: [UInt8] = [0x12, 0x34, 0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0,
                                  4] + Array("pypi".utf8) + [3] + Array("org".utf8) + [0, 0, 1, 0, 1,
                                  0xC0, 12, 0, 1, 0, 1, 0, 0, 0, 1, 0, 4, 192, 0, 2, 7]

    /// The client: sends the answer from 127.0.0.1:53 to itself; on receiving it, lists the
    /// learned set at once and says whether the address was already there.
    static let client = """
        import socket, subprocess, sys
        r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); r.bind(("127.0.0.1", 5300))
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 53))
        s.sendto(bytes.fromhex(sys.argv[1]), ("127.0.0.1", 5300))
        r.settimeout(5)
        try:
            r.recv(65535)
        except socket.timeout:
            print("lost"); sys.exit(0)
        listing = subprocess.run(["nft", "list", "set", "inet", "sluice", "dn_pypi_v4"], capture_output=True, text=True).stdout
        print("admitted" if "192.0.2.7" in listing else "not admitted")
        """

    static func run(_ arguments: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = arguments
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
    }

    @Test func theAddressIsAdmittedBeforeTheClientHasTheAnswer() throws {
        let name = "sluice-names-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try Self.run(["ip", "netns", "add", name])
        defer { try? Self.run(["ip", "netns", "delete", name]) }
        try Self.run(["ip", "-n", name, "link", "set", "lo", "up"])
        let build = PolicyBuild.build(path: "t.sluice", fileSystem: InMemoryFileSystem(["t.sluice": Self.policy]))
        let compiled = try #require(build.compiled, "\(build.renderedDiagnostics)")
        let connection = try NetfilterConnection(namespace: .named(name))
        let plan = try connection.plan(compiled.ruleset)
        try connection.apply(plan, expectedGeneration: plan.generation)
        try Self.run(["ip", "netns", "exec", name, "iptables-nft", "-A", "INPUT", "-i", "lo", "-p", "udp", "--sport", "53",
                      "-j", "NFQUEUE", "--queue-num", "9", "--queue-bypass"])
        let monitor = try NFQueueMonitor(namespace: .named(name), queue: 9)
        defer { monitor.stop() }
        var service = NameService(try #require(compiled.dns), queue: NFQueueAnswerQueue(monitor),
                                  writer: try NetfilterLearnedSetWriter(table: compiled.table, namespace: .named(name)))

        let client = Process()
        client.executableURL = URL(fileURLWithPath: "/usr/sbin/ip")
        client.arguments = ["netns", "exec", name, "python3", "-c", Self.client,
                            Self.answer.map { String(format: "%02x", $0) }.joined()]
        let output = Pipe()
        client.standardOutput = output
        try client.run()
        let deadline = Date().addingTimeInterval(3)
        var handled = 0
        while handled == 0 && Date() < deadline {
            for held in try monitor.next(timeout: 200) {
                let learning = try service.handle(id: held.id, packet: held.packet, now: 0)
                #expect(learning.admissions.map(\.set) == ["dn_pypi_v4"])
                handled += 1
            }
        }
        client.waitUntilExit()
        #expect(handled == 1)
        #expect(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "admitted\n")
        let element = try #require(try connection.readSet(table: compiled.table, name: "dn_pypi_v4").elements.first)
        #expect(element.timeout == (60 + NameLearner.grace) * 1_000)
    }
}
