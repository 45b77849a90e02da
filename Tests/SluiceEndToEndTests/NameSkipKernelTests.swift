import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import SluiceWatch
import Testing

/// On the real kernel: an answer the service does not write again finds its address admitted for
/// at least max(TTL, floor) from its arrival, and after anyone else's commit (here a flushed set)
/// the same answer is written again.
@Suite("Names: unwritten answers stay admitted", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"),
       .serialized)
struct NameSkipKernelTests {
    struct NoQueue: AnswerQueue {
        func release(_ id: UInt32) throws {}
    }

    /// The answer for pypi.org (192.0.2.7, TTL 1: the floor of 60 s applies) as held: IPv4 and
    /// UDP from 127.0.0.1:53.
    static func packet() -> [UInt8] {
        let message = NameAdmissionKernelTests.answer(ipv6: false)
        let udpLength = 8 + message.count
        let ip: [UInt8] = [0x45, 0, 0, UInt8(20 + udpLength), 0, 0, 0, 0, 64, 17, 0, 0, 127, 0, 0, 1, 127, 0, 0, 1]
        return ip + [0, 53, 0x14, 0xb4, 0, UInt8(udpLength), 0, 0] + message
    }

    static func milliseconds() -> UInt64 { UInt64(Date().timeIntervalSince1970 * 1_000) }

    @Test func anUnwrittenAnswerFindsItsAddressAdmittedAndAForeignCommitWritesAgain() throws {
        let name = "sluice-nameskip-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try NameAdmissionKernelTests.run(["ip", "netns", "add", name])
        defer { try? NameAdmissionKernelTests.run(["ip", "netns", "delete", name]) }
        let build = PolicyBuild.build(path: "t.sluice", fileSystem: InMemoryFileSystem(["t.sluice": NameAdmissionKernelTests.policy]))
        let compiled = try #require(build.compiled, "\(build.renderedDiagnostics)")
        let binding = try #require(compiled.dns)
        let connection = try NetfilterConnection(namespace: .named(name))
        let plan = try connection.plan(compiled.ruleset)
        try connection.apply(plan, expectedGeneration: plan.generation)
        let writer = try NetfilterLearnedSetWriter(table: compiled.table, namespace: .named(name))
        var service = NameService(binding, queue: NoQueue(), writer: writer, confirmer: FixedConfirmer(addresses: [IPAddress("192.0.2.7")!]))
        func expiry() throws -> UInt64? {
            try connection.readSet(table: compiled.table, name: "dn_pypi_v4").elements
                .first { $0.key == .address(AddressRange(IPAddress("192.0.2.7")!)) }?.expires
        }

        try service.handle(id: 1, packet: Self.packet(), now: Self.milliseconds())
        #expect(service.counts.admitted == 1)
        Thread.sleep(forTimeInterval: 1.0)
        let second = Self.milliseconds()
        try service.handle(id: 2, packet: Self.packet(), now: second)
        #expect(service.counts.admitted == 1 && service.counts.unchanged == 1)
        // Admitted until at least max(TTL, floor) = 60 s after the unwritten answer arrived.
        let left = try #require(try expiry())
        #expect(Self.milliseconds() + left >= second + 60_000, "\(left) ms left")

        try NameAdmissionKernelTests.run(["ip", "netns", "exec", name, "nft", "flush", "set", "inet", compiled.table, "dn_pypi_v4"])
        #expect(try expiry() == nil)
        try service.handle(id: 3, packet: Self.packet(), now: Self.milliseconds())
        #expect(service.counts.admitted == 2 && service.counts.unchanged == 1)
        #expect(try expiry() != nil)
    }
}
