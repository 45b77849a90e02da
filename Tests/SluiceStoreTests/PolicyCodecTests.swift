import Foundation
import SluiceCompiler
import SluiceLanguage
import Testing
@testable import SluiceStore

@Suite struct PolicyCodecTests {
    @Test func bothEncodingsRoundTripAndLongListsArePacked() throws {
        let compiled = Fixture.compiled("codec", extraElements: 1_000)
        for encoding in [PolicyCodec.packedJSON, PolicyCodec.plainJSON] {
            let data = try PolicyCodec.encode(compiled, encoding: encoding, operation: "test", path: "-")
            #expect(try PolicyCodec.decode(data, encoding: encoding, operation: "test", path: "-") == compiled)
            // Same input, same bytes: stored policies compare and hash stably.
            #expect(try PolicyCodec.encode(compiled, encoding: encoding, operation: "test", path: "-") == data)
        }
        let packed = try PolicyCodec.encode(compiled, encoding: PolicyCodec.packedJSON, operation: "test", path: "-")
        let plain = try PolicyCodec.encode(compiled, encoding: PolicyCodec.plainJSON, operation: "test", path: "-")
        #expect(packed.count < plain.count / 2)
        let stored = try JSONDecoder().decode(StoredCompiledPolicy.self, from: packed)
        let setNames = compiled.ruleset.sets.map(\.name)
        let packedSets = zip(setNames, stored.sets).filter { $0.1 != nil }.map(\.0)
        // Only the large plain address set; small sets and elements with runtime state stay readable.
        #expect(packedSets == ["g_compute_v4"])
        #expect(stored.compiled.ruleset.set(named: "s_web_tcp")?.elements.count == 2)
        #expect(stored.compiled.ruleset.set(named: "hq_compute_1d_v4")?.elements.count == 1)
        #expect(stored.groups.map { $0 != nil } == [true, false])
        #expect(stored.destinations.map { $0 != nil } == [false])
    }

    @Test func elementsWithStateAreNeverPacked() throws {
        var compiled = Fixture.compiled("state", extraElements: 200)
        let index = try #require(compiled.ruleset.sets.firstIndex { $0.name == "g_compute_v4" })
        compiled.ruleset.sets[index].elements[100].comment = "kept"
        let data = try PolicyCodec.encode(compiled, operation: "test", path: "-")
        let stored = try JSONDecoder().decode(StoredCompiledPolicy.self, from: data)
        #expect(stored.sets[index] == nil)
        #expect(try PolicyCodec.decode(data, encoding: PolicyCodec.encodingName, operation: "test", path: "-") == compiled)
    }

    @Test func packedRangesKeepBothFamiliesInOrder() throws {
        let v4 = Fixture.manyPrefixes(3)
        let v6 = (0..<3).map { i in
            AddressRange(prefix: IPAddress(family: .ipv6, value: UInt128(0x2001_0db8) << 96 | UInt128(i) << 64), length: 64)
        }
        let packed = try #require(PackedRanges(v4 + v6))
        #expect(packed.v4.count == 3 * 8 && packed.v6.count == 3 * 32)
        #expect(packed.ranges() == v4 + v6)
        // An order that could not be restored exactly is not packed.
        #expect(PackedRanges(v6 + v4) == nil)
        // Damaged bytes are an error, not a silently shorter or different list.
        var short = packed
        short.v6.removeLast()
        #expect(short.ranges() == nil)
        var reversed = packed
        reversed.v4.replaceSubrange(0..<8, with: [10, 0, 0, 9, 10, 0, 0, 1])
        #expect(reversed.ranges() == nil)
    }

    @Test func damagedAndUnknownStoredFormsAreRefused() throws {
        let compiled = Fixture.compiled("damaged", extraElements: 100)
        var stored = StoredCompiledPolicy(compiled)
        stored.sets.removeLast()
        let data = try JSONEncoder().encode(stored)
        do {
            _ = try PolicyCodec.decode(data, encoding: PolicyCodec.packedJSON, operation: "load", path: "db")
            Issue.record("decoded a damaged policy")
        } catch {
            #expect(error.reason == .decoding("compiled policy: a packed address list is damaged"))
        }
        do {
            _ = try PolicyCodec.decode(Data("{}".utf8), encoding: "zstd-json", operation: "load", path: "db")
            Issue.record("decoded an unknown encoding")
        } catch {
            #expect(error.reason == .decoding("compiled policy stored as \"zstd-json\", which this sluice cannot read"))
        }
    }
}
