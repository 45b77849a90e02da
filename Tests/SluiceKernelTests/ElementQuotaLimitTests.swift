import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import Testing

/// Per-element quota limits in a dynamic `quota over` set: what learned per-host limits need from
/// the kernel. The kernel takes an element whose quota differs from the set's template, and
/// reports it back; replacing one in place does not change it, delete and add in one
/// transaction does.
@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct ElementQuotaLimitTests {
    static let set = "hq_compute_1d_v4"

    static func elements(_ connection: NetfilterConnection) throws -> [SetElement] {
        try connection.readSet(table: "sluice", name: set).elements
    }

    @Test func anElementKeepsItsOwnLimitAndReadsItBack() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try IncrementalApplyTests.apply(Fixtures.gateway(hostQuota: 1_000_000), connection)
        try connection.restoreElementUsage([
            SetElement(Fixtures.address("10.20.0.9"), quotaUsed: 100, quotaLimit: 5_000),
            SetElement(Fixtures.address("10.20.0.10"), quotaUsed: 9_000, quotaLimit: 3_000_000),
            SetElement(Fixtures.address("10.20.0.11"), quotaUsed: 10, quotaLimit: 1_000_000),
        ], table: "sluice", set: Self.set)
        let back = try Self.elements(connection)
        #expect(back.map(\.quotaLimit) == [5_000, 3_000_000, nil], "the set's own limit reads back as nil")
        #expect(back.map(\.quotaUsed) == [100, 9_000, 10])
        // nft sees the same per-element limits.
        let listed = try ns.nft("list", "set", "inet", "sluice", Self.set)
        #expect(listed.contains("quota over 5000 bytes"), "\(listed)")
        #expect(listed.contains("quota over 3000000 bytes"), "\(listed)")
    }

    @Test func usedBytesAreClampedToTheElementsOwnLimit() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try IncrementalApplyTests.apply(Fixtures.gateway(hostQuota: 1_000_000), connection)
        try connection.restoreElementUsage([SetElement(Fixtures.address("10.20.0.9"), quotaUsed: 900_000, quotaLimit: 5_000)],
                                           table: "sluice", set: Self.set)
        #expect(try Self.elements(connection).map(\.quotaUsed) == [5_000])
    }

    @Test func addingAnExistingElementDoesNotChangeItsLimitButReplacingDoes() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try IncrementalApplyTests.apply(Fixtures.gateway(hostQuota: 1_000_000), connection)
        let host = Fixtures.address("10.20.0.9")
        try connection.addElements([SetElement(host, quotaUsed: 70, quotaLimit: 5_000)], table: "sluice", set: Self.set)
        try connection.addElements([SetElement(host, quotaUsed: 0, quotaLimit: 8_000)], table: "sluice", set: Self.set)
        #expect(try Self.elements(connection).map(\.quotaLimit) == [5_000], "an add over an element keeps its quota")
        try connection.restoreElementUsage([SetElement(host, quotaUsed: 70, quotaLimit: 8_000)], table: "sluice", set: Self.set)
        let back = try Self.elements(connection)
        #expect(back.map(\.quotaLimit) == [8_000])
        #expect(back.map(\.quotaUsed) == [70])
    }

    /// Learned quotas per user: the same per-element limits in a set keyed by uid.
    @Test func aUserElementKeepsItsOwnLimit() throws {
        let text = """
            policy login {
              mode host
              management soc
            }
            group soc 10.0.0.5
            destination mirrors 192.0.2.10
            users researchers 1001-1003
            allow researchers to mirrors
            quota researchers 3x usual at least 1 MB per day per user
            """
        let build = PolicyBuild.build(path: "login.sluice", fileSystem: InMemoryFileSystem(["login.sluice": text]))
        let ruleset = try #require(build.compiled?.ruleset, "\(build.renderedDiagnostics)")
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try IncrementalApplyTests.apply(ruleset, connection)
        let set = "uq_researchers_1d_uid"
        try connection.replaceQuotaElements([set: [SetElement(.uid(1001), quotaUsed: 10, quotaLimit: 6_000_000),
                                                   SetElement(.uid(1002), quotaUsed: 20, quotaLimit: 1_000_000)]],
                                            table: "sluice")
        let back = try connection.readSet(table: "sluice", name: set).elements.sorted { "\($0.key)" < "\($1.key)" }
        #expect(back.map(\.quotaLimit) == [6_000_000, nil], "the set's own limit (the floor) reads back as nil")
        #expect(back.map(\.quotaUsed) == [10, 20])
        let listed = try ns.nft("list", "set", "inet", "sluice", set)
        #expect(listed.contains("1001 quota over 6000000 bytes used 10 bytes"), "\(listed)")
    }
}
