import Foundation
import SluiceCompiler
@testable import SluiceKernel
import SluiceLanguage
import Testing

/// The two element encoders, libnftnl (production) and Sluice's own, send the same transaction
/// byte for byte: the same messages, split at the same elements, and the same map from the
/// kernel's ext-ack offsets back to elements; and the kernel holds the same afterwards.
struct ElementEncoderTests {
    static func address(_ i: Int, _ family: AddressFamily = .ipv4, length: Int = 24) -> ElementKey {
        let base: UInt128 = family == .ipv4 ? 0x0A00_0000 : UInt128(0x2001_0db8) << 96
        let step: UInt128 = family == .ipv4 ? 512 : UInt128(1) << 65
        return .address(AddressRange(prefix: IPAddress(family: family, value: base + UInt128(i) * step), length: length))
    }

    /// Every kind of element Sluice sends, in sets big enough to be split over several messages.
    static func ruleset() -> Ruleset {
        var v4 = (0..<20_000).map { SetElement(address($0)) }
        v4[7].comment = "a comment"
        v4.append(SetElement(.address(AddressRange(lower: IPAddress(family: .ipv4, value: 0xCB00_7100),
                                                    upper: IPAddress(family: .ipv4, value: 0xFFFF_FFFF))!)))
        let v6 = (0..<5_000).map { SetElement(address($0, .ipv6, length: 64)) }
        let hosts = (0..<3_000).map { i in
            SetElement(address(i, length: 32), timeout: i % 2 == 0 ? 60_000 : nil, expires: i % 3 == 0 ? 30_000 : nil,
                       quotaUsed: i % 5 == 0 ? UInt64(i) * 100 : nil, comment: i % 7 == 0 ? "host \(i)" : nil,
                       quotaLimit: i % 11 == 0 ? 300_000 + UInt64(i) : nil)
        }
        let counted = (0..<100).map { i in SetElement(address(i, length: 32), counter: CounterState(packets: UInt64(i), bytes: 99)) }
        return Ruleset(table: "t", sets: [
            NFTSet(name: "big_v4", keyType: .ipv4Addr, flags: [.interval], elements: v4),
            NFTSet(name: "big_v6", keyType: .ipv6Addr, flags: [.interval], elements: v6),
            NFTSet(name: "ports", keyType: .inetService, flags: [.interval], elements: [SetElement(.ports(0...21)), SetElement(.ports(443...443))]),
            NFTSet(name: "names", keyType: .ifname, elements: [SetElement(.ifname("wan0")), SetElement(.ifname("wan1"))]),
            NFTSet(name: "hq", keyType: .ipv4Addr, flags: [.dynamic, .timeout], size: 65536, timeout: 90_000,
                   stateful: .quotaOver(bytes: 200_000), elements: hosts),
            NFTSet(name: "tq", keyType: .ipv4Addr, flags: [.dynamic], size: 65536, stateful: .counter, elements: counted),
        ])
    }

    @Test func bothEncodersSendTheSameBytes() throws {
        let target = Self.ruleset()
        // A fresh table (set IDs, the leading interval element) and changes to an existing one.
        var live = target
        for i in live.sets.indices { live.sets[i].elements = Array(live.sets[i].elements.dropFirst(3)) }
        live.sets[0].elements.append(SetElement(Self.address(30_000)))
        var plans = [try ApplyPlanner.plan(live: nil, target: target), try ApplyPlanner.plan(live: live, target: target)]
        #expect(plans[1].operations.contains { if case .deleteElements = $0 { true } else { false } })
        plans[1].operations.append(.addElements(set: "hq", elements: Array(target.sets[4].elements.prefix(50)), initial: false))
        for plan in plans {
            let hand = NetlinkMessage.parse(try plan.encodedTransaction(elements: .hand)[...])
            let nftnl = NetlinkMessage.parse(try plan.encodedTransaction(elements: .libnftnl)[...])
            #expect(hand.filter { $0.type & 0xff == NFT.newSetElem }.count > 5)
            #expect(hand.count == nftnl.count)
            for (h, n) in zip(hand, nftnl) where (h.type, h.flags, h.seq, h.payload) != (n.type, n.flags, n.seq, n.payload) {
                Issue.record("message \(h.seq) differs: by hand \(h.payload.prefix(200)), by libnftnl \(n.payload.prefix(200))")
                break
            }
        }
    }

    @Test func extAckOffsetsMapToTheSameElements() throws {
        let plan = try ApplyPlanner.plan(live: nil, target: Self.ruleset())
        func starts(_ encoder: ElementEncoder) throws -> [String] {
            var batch = KernelBatch(firstSequence: 1, generation: nil)
            try plan.append(to: &batch, elements: encoder)
            return batch.elementStarts.map { "\($0.seq):\($0.offset):\($0.index)" }
        }
        let hand = try starts(.hand)
        #expect(hand.count > 50_000)
        #expect(try starts(.libnftnl) == hand)
    }

    @Test(.enabled(if: !TestNamespace.skipKernelTests))
    func theKernelHoldsTheSameWhicheverEncoderSent() throws {
        // Without timeouts: the kernel dumps the time left, which moves.
        var ruleset = Self.ruleset()
        for s in ruleset.sets.indices {
            ruleset.sets[s].timeout = nil
            ruleset.sets[s].flags.remove(.timeout)
            for e in ruleset.sets[s].elements.indices {
                ruleset.sets[s].elements[e].timeout = nil
                ruleset.sets[s].elements[e].expires = nil
            }
        }
        var dumps: [ElementEncoder: [String]] = [:]
        for encoder in ElementEncoder.allCases {
            let ns = try TestNamespace()
            defer { ns.remove() }
            let connection = try NetfilterConnection(namespace: ns.namespace)
            let plan = try connection.plan(ruleset)
            var batch = KernelBatch(firstSequence: connection.socket.sequence, generation: plan.generation)
            try plan.append(to: &batch, elements: encoder)
            try connection.run(&batch, commit: true)
            dumps[encoder] = try RawKernelObjects.dump(connection, table: ruleset.table)
        }
        let hand = try #require(dumps[.hand])
        #expect(hand.count > 6)
        let dump = try #require(dumps[.libnftnl])
        #expect(dump.count == hand.count)
        for (x, y) in zip(hand, dump) where x != y { Issue.record("libnftnl: \(y.prefix(300))\n  hand: \(x.prefix(300))") }
    }
}
