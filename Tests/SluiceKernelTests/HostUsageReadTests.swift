import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import Testing

/// `hostUsage`, the watcher's lean read of per-host and per-user sets, against the full
/// `readSet` of the same sets: same hosts, same quota and counter figures, for IPv4, IPv6
/// (IPv4-mapped taken as IPv4, as `HostID` does) and uid keys.
@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct HostUsageReadTests {
    static func ruleset() -> Ruleset {
        var r = Ruleset(table: "sluice")
        r.sets = [
            NFTSet(name: "hq_v4", keyType: .ipv4Addr, flags: [.dynamic], size: 65536,
                   stateful: .quotaOver(bytes: 1_000_000), runtimeElements: true),
            NFTSet(name: "hq_v6", keyType: .ipv6Addr, flags: [.dynamic], size: 65536,
                   stateful: .quotaOver(bytes: 1_000_000), runtimeElements: true),
            NFTSet(name: "tq_v4", keyType: .ipv4Addr, flags: [.dynamic], size: 65536,
                   stateful: .counter, runtimeElements: true),
            NFTSet(name: "uq_uid", keyType: .uid, flags: [.dynamic], size: 65536,
                   stateful: .quotaOver(bytes: 1_000_000), runtimeElements: true),
        ]
        return r
    }

    static func sorted(_ usage: [HostUsage]) -> [HostUsage] { usage.sorted { $0.host < $1.host } }

    @Test func theLeanReadMatchesTheFullRead() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        _ = try IncrementalApplyTests.apply(Self.ruleset(), connection)
        try connection.restoreElementUsage((1...300).map {
            SetElement(Fixtures.address("10.20.\($0 / 256).\($0 % 256)"), quotaUsed: UInt64($0) * 1_000, quotaLimit: $0 == 7 ? 5_000 : nil)
        }, table: "sluice", set: "hq_v4")
        try connection.restoreElementUsage([
            SetElement(Fixtures.address("2001:db8::1"), quotaUsed: 12_345),
            SetElement(Fixtures.address("::ffff:10.9.8.7"), quotaUsed: 77),
            SetElement(Fixtures.address("2001:db8:ffff::ffff"), quotaUsed: 0),
        ], table: "sluice", set: "hq_v6")
        try connection.addElements([SetElement(Fixtures.address("10.20.0.1")), SetElement(Fixtures.address("10.20.0.2"))],
                                   table: "sluice", set: "tq_v4")
        try connection.restoreElementUsage([SetElement(.uid(0), quotaUsed: 5), SetElement(.uid(1001), quotaUsed: 999_999),
                                            SetElement(.uid(4_294_967_294), quotaUsed: 1)],
                                           table: "sluice", set: "uq_uid")
        for set in ["hq_v4", "hq_v6", "tq_v4", "uq_uid"] {
            let lean = try connection.hostUsage(table: "sluice", set: set)
            let full = try connection.readSet(table: "sluice", name: set).elements.compactMap(HostUsage.init(element:))
            #expect(Self.sorted(lean) == Self.sorted(full), "set \(set)")
            #expect(!lean.isEmpty, "set \(set)")
        }
        let v6 = Self.sorted(try connection.hostUsage(table: "sluice", set: "hq_v6"))
        #expect(v6.map(\.host.description) == ["10.9.8.7", "2001:db8::1", "2001:db8:ffff::ffff"])
        #expect(v6.map(\.quotaUsed) == [77, 12_345, 0])
        let users = Self.sorted(try connection.hostUsage(table: "sluice", set: "uq_uid"))
        #expect(users.map(\.host) == [.user(0), .user(1001), .user(4_294_967_294)])
        #expect(users.map(\.quotaUsed) == [5, 999_999, 1])
        #expect(try connection.hostUsage(table: "sluice", set: "tq_v4").allSatisfy { $0.counterBytes == 0 && $0.quotaUsed == nil })
        #expect(try connection.hostUsage(table: "sluice", set: "hq_v4").count == 300)
    }

    @Test func aMissingSetIsNamed() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        _ = try IncrementalApplyTests.apply(Self.ruleset(), connection)
        #expect(throws: KernelError.noSuchSet(table: "sluice", set: "nope")) {
            try connection.hostUsage(table: "sluice", set: "nope")
        }
    }
}
