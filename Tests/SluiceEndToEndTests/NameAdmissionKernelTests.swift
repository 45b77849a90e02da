import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import SluiceWatch
import Testing

/// A DNS answer held in NFQUEUE on the real kernel: the name service learns from it, adds the
/// address to the learned set in one batch, and only then releases it; the client, on receiving
/// the answer, already finds the address admitted. Both families. (The queue rule is iptables-nft's NFQUEUE
/// target with bypass; the compiler does not emit its own yet.)
@Suite("Names: answers held until admitted", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"),
       .serialized)
struct NameAdmissionKernelTests {
    static let policy = """
        policy t {
          mode host
          dns 127.0.0.1, ::1
        }
        destination pypi "pypi.org"
        allow self to pypi on tcp/443
        """

    /// A response for pypi.org: A 192.0.2.7 or AAAA 2001:db8::7, TTL 1 (the floor of 60 s applies).
    static func answer(ipv6: Bool) -> [UInt8] {
        let header: [UInt8] = [0x12, 0x34, 0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0,
                               4] + Array("pypi".utf8) + [3] + Array("org".utf8) + [0, 0, ipv6 ? 28 : 1, 0, 1]
        let data: [UInt8] = ipv6 ? [0x20, 0x01, 0x0d, 0xb8] + [UInt8](repeating: 0, count: 11) + [7] : [192, 0, 2, 7]
        return header + [0xC0, 12, 0, ipv6 ? 28 : 1, 0, 1, 0, 0, 0, 1, 0, UInt8(data.count)] + data
    }

    /// The client: sends the answer from loopback port 53 to itself; on receiving it, lists the
    /// learned set at once and says whether the address was already there.
    static let client = """
        import socket, subprocess, sys
        family, host = (socket.AF_INET6, "::1") if sys.argv[2] == "6" else (socket.AF_INET, "127.0.0.1")
        r = socket.socket(family, socket.SOCK_DGRAM); r.bind((host, 5300))
        s = socket.socket(family, socket.SOCK_DGRAM); s.bind((host, 53))
        s.sendto(bytes.fromhex(sys.argv[1]), (host, 5300))
        r.settimeout(5)
        try:
            r.recv(65535)
        except socket.timeout:
            print("lost"); sys.exit(0)
        learned = "dn_pypi_v6" if sys.argv[2] == "6" else "dn_pypi_v4"
        listing = subprocess.run(["nft", "list", "set", "inet", "sluice", learned], capture_output=True, text=True).stdout
        print("admitted" if ("2001:db8::7" if sys.argv[2] == "6" else "192.0.2.7") in listing else "not admitted")
        """

    static func run(_ arguments: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = arguments
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
    }

    @Test(arguments: [false, true])
    func theAddressIsAdmittedBeforeTheClientHasTheAnswer(ipv6: Bool) throws {
        let name = "sluice-names-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try Self.run(["ip", "netns", "add", name])
        defer { try? Self.run(["ip", "netns", "delete", name]) }
        try Self.run(["ip", "-n", name, "link", "set", "lo", "up"])
        let build = PolicyBuild.build(path: "t.sluice", fileSystem: InMemoryFileSystem(["t.sluice": Self.policy]))
        let compiled = try #require(build.compiled, "\(build.renderedDiagnostics)")
        let connection = try NetfilterConnection(namespace: .named(name))
        let plan = try connection.plan(compiled.ruleset)
        try connection.apply(plan, expectedGeneration: plan.generation)
        try Self.run(["ip", "netns", "exec", name, ipv6 ? "ip6tables-nft" : "iptables-nft", "-A", "INPUT", "-i", "lo", "-p", "udp", "--sport", "53",
                      "-j", "NFQUEUE", "--queue-num", "9", "--queue-bypass"])
        let monitor = try NFQueueMonitor(namespace: .named(name), queue: 9)
        defer { monitor.stop() }
        var service = NameService(try #require(compiled.dns), queue: NFQueueAnswerQueue(monitor),
                                  writer: try NetfilterLearnedSetWriter(table: compiled.table, namespace: .named(name)),
                                  confirmer: FixedConfirmer(addresses: [IPAddress("192.0.2.7")!, IPAddress("2001:db8::7")!]))

        let client = Process()
        client.executableURL = URL(fileURLWithPath: "/usr/sbin/ip")
        client.arguments = ["netns", "exec", name, "python3", "-c", Self.client,
                            Self.answer(ipv6: ipv6).map { String(format: "%02x", $0) }.joined(), ipv6 ? "6" : "4"]
        let output = Pipe()
        client.standardOutput = output
        try client.run()
        let deadline = Date().addingTimeInterval(3)
        var handled = 0
        while handled == 0 && Date() < deadline {
            for held in try monitor.next(timeout: 200) {
                let learning = try service.handle(id: held.id, packet: held.packet, now: 0)
                #expect(learning.admissions.map(\.set) == [ipv6 ? "dn_pypi_v6" : "dn_pypi_v4"])
                handled += 1
            }
        }
        client.waitUntilExit()
        #expect(handled == 1)
        #expect(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "admitted\n")
        let set = ipv6 ? "dn_pypi_v6" : "dn_pypi_v4"
        let element = try #require(try connection.readSet(table: compiled.table, name: set).elements.first)
        #expect(element.timeout == (60 + NameLearner.grace) * 1_000)
    }

    /// A later answer with the same TTL refreshes the element: the kernel keeps an element's old
    /// expiry when it is added again with the same timeout, so the writer sends the expiry too.
    @Test func aRefreshWithTheSameTimeoutMovesTheExpiryOn() throws {
        let name = "sluice-names-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try Self.run(["ip", "netns", "add", name])
        defer { try? Self.run(["ip", "netns", "delete", name]) }
        let build = PolicyBuild.build(path: "t.sluice", fileSystem: InMemoryFileSystem(["t.sluice": Self.policy]))
        let compiled = try #require(build.compiled, "\(build.renderedDiagnostics)")
        let connection = try NetfilterConnection(namespace: .named(name))
        let plan = try connection.plan(compiled.ruleset)
        try connection.apply(plan, expectedGeneration: plan.generation)
        let writer = try NetfilterLearnedSetWriter(table: compiled.table, namespace: .named(name))
        let admission = NameAdmission(set: "dn_pypi_v4", address: IPAddress("192.0.2.7")!, timeoutMilliseconds: 65_000)
        try writer.add([admission])
        Thread.sleep(forTimeInterval: 1.2)
        try writer.add([admission])
        let element = try #require(try connection.readSet(table: compiled.table, name: "dn_pypi_v4").elements.first)
        // Without the refresh it would have 63.8 s left.
        #expect((element.expires ?? 0) > 64_500, "\(element)")
    }
}
