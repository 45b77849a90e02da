import Foundation
import SluiceCompiler
@testable import SluiceKernel
import SluiceLanguage
import Testing

/// "Has anyone else committed since my write?" answered from the kernel's NEWGEN notices: no
/// request while the notices tell, anyone's commit seen at once, and lost notices (a full
/// buffer) never read as "nobody": the kernel is asked instead.
@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct GenerationFollowerTests {
    static func learn(_ connection: NetfilterConnection, _ address: String, table: String) throws {
        // As the name service writes: with an expiry, so every commit changes something.
        try connection.addElements([("dn_pypi_v4", [SetElement(Fixtures.address(address), timeout: 35_000, expires: 35_000)])],
                                   table: table)
    }

    /// `standingRuntimeLineage` with the follower, and the round trips it took.
    static func standing(_ connection: NetfilterConnection, _ follower: GenerationFollower,
                         table: String) throws -> (lineage: UInt64?, roundTrips: Int) {
        let before = connection.roundTrips
        let lineage = try connection.standingRuntimeLineage(of: table, following: follower)
        return (lineage, connection.roundTrips - before)
    }

    @Test func noticesAnswerWithoutARequestAndShowAnyoneElsesCommit() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let (connection, ruleset) = try LearnedSetKernelTests.applied(in: ns)
        let table = ruleset.table
        let follower = try GenerationFollower(namespace: ns.namespace)
        try Self.learn(connection, "198.51.100.1", table: table)
        let lineage = try #require(connection.runtimeLineage(of: table))

        // Our own commit's notice is the latest: standing, and no request.
        #expect(try Self.standing(connection, follower, table: table) == (lineage, 0))
        #expect(try Self.standing(connection, follower, table: table) == (lineage, 0))

        // Anyone else's commit (an element of another set): seen in the notices, no request.
        _ = try ns.nft("add", "element", "inet", table, "dn_partner_v4", "{ 198.51.100.250 timeout 30s }")
        #expect(try Self.standing(connection, follower, table: table) == (nil, 0))

        // Our next write takes the new generation: standing again (a new lineage).
        try Self.learn(connection, "198.51.100.2", table: table)
        let next = try #require(connection.runtimeLineage(of: table))
        #expect(next != lineage)
        #expect(try Self.standing(connection, follower, table: table) == (next, 0))
    }

    /// A commit whose notices do not fit the buffer is lost, and the kernel reports the loss
    /// before the notices still queued: our own earlier notice must not read as the latest.
    @Test func lostNoticesAreNeverReadAsNobody() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let (connection, ruleset) = try LearnedSetKernelTests.applied(in: ns)
        let table = ruleset.table
        // The smallest buffer the kernel allows: a few thousand bytes.
        let follower = try GenerationFollower(namespace: ns.namespace, bufferSize: 1)
        let bigCommit = "add element inet \(table) dn_partner_v4 { "
            + (1...240).map { "198.51.100.\($0) timeout 30s" }.joined(separator: ", ") + " }\n"

        // Ours, then someone else's large commit whose notices overflow the buffer.
        try Self.learn(connection, "198.51.100.1", table: table)
        try ns.nft("-f", "-", input: bigCommit)
        #expect(try Self.standing(connection, follower, table: table) == (nil, 1))

        // Ours after an overflow: the kernel is asked once, then the notices answer again.
        try Self.learn(connection, "198.51.100.2", table: table)
        let lineage = try #require(connection.runtimeLineage(of: table))
        _ = try ns.nft("flush", "set", "inet", table, "dn_partner_v4")
        try ns.nft("-f", "-", input: bigCommit)
        try Self.learn(connection, "198.51.100.3", table: table)
        let after = try #require(connection.runtimeLineage(of: table))
        #expect(after != lineage)
        #expect(try Self.standing(connection, follower, table: table) == (after, 1))
        #expect(try Self.standing(connection, follower, table: table) == (after, 0))
    }
}
