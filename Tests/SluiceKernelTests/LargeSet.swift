import SluiceCompiler
import SluiceLanguage

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
