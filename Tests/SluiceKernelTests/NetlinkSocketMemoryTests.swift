import Foundation
import SluiceSystem
import Testing
@testable import SluiceKernel

/// A netlink socket's 1 MiB receive buffer must not be resident until datagrams reach it: zero
/// filled at open, the watcher's eight sockets held 8 MB for good (bench/WATCH.md, the peak).
@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct NetlinkSocketMemoryTests {
    /// The process's resident anonymous memory, in KB.
    static func residentAnonymousKB() throws -> Int {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("RssAnon:") })
        return try #require(Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]))
    }

    @Test func openSocketsDoNotHoldTheirReceiveBuffersResident() throws {
        // As the watcher runs (DaemonMemory): blocks this large get mappings of their own, so a
        // buffer is fresh pages, not heap memory some earlier test already made resident.
        Malloc.fixMapThreshold(at: 256 * 1024)
        let before = try Self.residentAnonymousKB()
        // 32 sockets: 32 MB resident if the buffers were written at open. Other tests running
        // meanwhile cannot plausibly account for the 16 MB the check allows.
        let sockets = try (0..<32).map { _ in try NetlinkSocket(namespace: .current) }
        let grown = try Self.residentAnonymousKB() - before
        #expect(grown < 16 * 1024, "32 netlink sockets made \(grown) KB resident")
        withExtendedLifetime(sockets) {}
    }
}
