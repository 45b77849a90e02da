import Foundation
import SluiceKernel
import Testing

@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct NamespaceTests {
    static func threadNamespace() throws -> UInt64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: "/proc/thread-self/ns/net")
        return (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
    }

    @Test func openingInANamespaceLeavesTheThreadWhereItWas() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let before = try Self.threadNamespace()
        let connection = try NetfilterConnection(namespace: ns.namespace)
        #expect(try Self.threadNamespace() == before)
        // The socket talks to the namespace it was opened in, not the thread's.
        try ns.load("table inet marker { }")
        #expect(try ns.nft("list", "tables") == "table inet marker\n")
        let plan = try connection.plan(Fixtures.gateway(table: "marker2"))
        try connection.apply(plan, expectedGeneration: plan.generation)
        #expect(try ns.nft("list", "tables") == "table inet marker\ntable inet marker2\n")
    }

    @Test func aMissingNamespaceIsATypedError() throws {
        let error = #expect(throws: KernelError.self) {
            _ = try NetfilterConnection(namespace: .named("sk-does-not-exist"))
        }
        #expect(error?.errno == ENOENT)
        #expect(error?.description.contains("/var/run/netns/sk-does-not-exist") == true)
    }
}
