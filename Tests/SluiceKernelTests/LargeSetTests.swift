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

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct LargeSetTests {
    @Test func hundredThousandPrefixesApplyAndChangeOne() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let reference = try TestNamespace()
        defer { reference.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        let full = LargeSet.ruleset(LargeSet.prefixes(100_000))

        // nft -f of the same ruleset, for comparison.
        let text = TestRenderer.render(full)
        let childrenBefore = CPUClock.children()
        let nftWall = try CPUClock.measure { try reference.load(text) }
        let nftCPU = CPUClock.children() - childrenBefore
        print("nft -f, 100k prefixes: wall \(Int(nftWall.wall * 1000)) ms, user \(Int(nftCPU.user * 1000)) ms, sys \(Int(nftCPU.system * 1000)) ms")

        var plan: ApplyPlan?
        var bytes = 0
        let tPlan = try CPUClock.measure { plan = try connection.plan(full) }
        let p = try #require(plan)
        let tEncode = try CPUClock.measure { bytes = try p.encodedTransaction().count }
        var outcome: ApplyOutcome?
        let tApply = try CPUClock.measure { outcome = try connection.apply(p, expectedGeneration: p.generation) }
        print("netlink, 100k prefixes: plan \(tPlan.text); encode \(tEncode.text) (\(bytes) bytes); apply (encode + kernel) \(tApply.text), \(outcome?.messageCount ?? 0) messages")
        #expect(try ns.list() == reference.list())

        var read: Ruleset?
        let tRead = try CPUClock.measure { read = try connection.readTable("sluice") }
        #expect(read?.set(named: "d_big_v4")?.elements.count == 100_000)
        print("read back 100k: \(tRead.text)")

        let changed = LargeSet.ruleset(LargeSet.prefixes(100_000, skipping: 500, extra: 700))
        var small: ApplyPlan?
        let tPlan2 = try CPUClock.measure { small = try connection.plan(changed) }
        let s = try #require(small)
        #expect(s.operations.count == 2)
        let tApply2 = try CPUClock.measure { try connection.apply(s, expectedGeneration: s.generation) }
        print("one prefix changed: plan with a full read \(tPlan2.text); apply \(tApply2.text)")
        #expect(try connection.plan(changed).isEmpty)
    }
}
