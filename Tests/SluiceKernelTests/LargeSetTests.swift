import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import Testing

/// 100,000 /24 prefixes in one interval set, as in the benchmark.
enum LargeSet {
    static func prefixes(_ count: Int, skipping skip: Int? = nil, extra: Int? = nil) -> [SetElement] {
        var out: [SetElement] = []
        out.reserveCapacity(count + 1)
        for i in 0..<count where i != skip {
            // 10.0.0.0/24, 10.0.2.0/24, ...: every other /24, so no two are adjacent.
            let base = UInt128(0x0A00_0000) + UInt128(i) * 512
            out.append(SetElement(.address(AddressRange(prefix: IPAddress(family: .ipv4, value: base), length: 24))))
        }
        if let extra {
            let base = UInt128(0x0A00_0000) + UInt128(extra) * 512 + 256
            out.append(SetElement(.address(AddressRange(prefix: IPAddress(family: .ipv4, value: base), length: 24))))
            out.sort { $0.key < $1.key }
        }
        return out
    }

    static func ruleset(_ elements: [SetElement]) -> Ruleset {
        Ruleset(sets: [NFTSet(name: "d_big_v4", keyType: .ipv4Addr, flags: [.interval], elements: elements)],
                chains: [Chain(name: "output", hook: ChainHook(hook: .output), rules: [
                    Rule([.match(Match(.ipDaddr, .set("d_big_v4"))), .verdict(.drop)]),
                ])])
    }
}

@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct LargeSetTests {
    /// 100k prefixes in one transaction (66 messages, 4 MB), the same table as `nft -f` makes;
    /// then one prefix changed, planned from the stored picture and from a full read alike.
    @Test func hundredThousandPrefixesApplyAndChangeOne() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let reference = try TestNamespace()
        defer { reference.remove() }
        let directory = AppliedStateCacheTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        let cache = try AppliedStateCache(directory: directory)
        let full = LargeSet.ruleset(LargeSet.prefixes(100_000))

        let plan = try connection.plan(full, cache: cache)
        let outcome = try connection.apply(plan, expectedGeneration: plan.generation, cache: cache)
        #expect(outcome.messageCount > 60)
        try reference.load(TestRenderer.render(full))
        #expect(try ns.nft("list", "set", "inet", "sluice", "d_big_v4")
                == reference.nft("list", "set", "inet", "sluice", "d_big_v4"))

        let changed = LargeSet.ruleset(LargeSet.prefixes(100_000, skipping: 500, extra: 700))
        let small = try connection.plan(changed, cache: try AppliedStateCache(directory: directory))
        #expect(small.basis == .cache)
        #expect(small.operations == [
            .deleteElements(set: "d_big_v4", elements: [LargeSet.prefixes(501)[500]]),
            .addElements(set: "d_big_v4", elements: [LargeSet.prefixes(0, extra: 700)[0]], initial: false),
        ])
        try connection.apply(small, expectedGeneration: small.generation, cache: cache)
        let read = try #require(try connection.readTable("sluice"))
        #expect(read.set(named: "d_big_v4")?.elements == changed.sets[0].elements)
        #expect(try connection.plan(changed).isEmpty)
    }
}
