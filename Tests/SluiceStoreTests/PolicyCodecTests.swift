import Foundation
import SluiceCompiler
import SluiceLanguage
import Testing
@testable import SluiceStore

@Suite struct PolicyCodecTests {
    @Test func theStoreMirrorStillMatchesTheModel() {
        // Fails when CompiledPolicy, Ruleset, NFTSet or SetElement gain or lose a stored property:
        // update StoredCompiledPolicy and StoredSet, or the store falls back to slow plain JSON.
        #expect(StoredCompiledPolicy.mirrorsModel)
        #expect(PolicyCodec.encodingName == PolicyCodec.packedJSON)
    }

    @Test func bothEncodingsRoundTripAndLargeSetsArePacked() throws {
        let compiled = Fixture.compiled("codec", extraElements: 1_000)
        for encoding in [PolicyCodec.packedJSON, PolicyCodec.plainJSON] {
            let data = try PolicyCodec.encode(compiled, encoding: encoding, operation: "test", path: "-")
            #expect(try PolicyCodec.decode(data, encoding: encoding, operation: "test", path: "-") == compiled)
            // Same input, same bytes: hashes and diffs of stored policies are stable.
            #expect(try PolicyCodec.encode(compiled, encoding: encoding, operation: "test", path: "-") == data)
        }
        let packed = try PolicyCodec.encode(compiled, encoding: PolicyCodec.packedJSON, operation: "test", path: "-")
        let plain = try PolicyCodec.encode(compiled, encoding: PolicyCodec.plainJSON, operation: "test", path: "-")
        #expect(packed.count < plain.count)
        let stored = try JSONDecoder().decode(StoredCompiledPolicy.self, from: packed)
        #expect(stored.sets.first { $0.name == "g_compute_v4" }?.packed?.family == .ipv4)
        // Small sets and elements with runtime state keep the readable form.
        #expect(stored.sets.first { $0.name == "s_web_tcp" }?.elements?.count == 2)
        #expect(stored.sets.first { $0.name == "hq_compute_1d_v4" }?.packed == nil)
    }

    @Test func packingKeepsOnlyPlainSingleFamilyAddressSets() throws {
        let v6 = (0..<100).map { i in
            SetElement(.address(AddressRange(prefix: IPAddress(family: .ipv6, value: UInt128(0x2001_0db8) << 96 | UInt128(i) << 64),
                                             length: 64)))
        }
        let packed = try #require(PackedAddresses(v6))
        #expect(packed.ranges.count == 100 * 32)
        #expect(packed.elements() == v6)
        var withComment = v6
        withComment[50].comment = "kept"
        #expect(PackedAddresses(withComment) == nil)
        let mixed = v6 + [SetElement(.address(AddressRange(IPAddress("192.0.2.1")!)))]
        #expect(PackedAddresses(mixed) == nil)
        #expect(PackedAddresses([SetElement(.ports(80...80))]) == nil)
        // Damaged bytes are an error, not a silently shorter set.
        var damaged = packed
        damaged.ranges.removeLast()
        #expect(damaged.elements() == nil)
    }

    @Test func unknownEncodingsAreRefused() throws {
        do {
            _ = try PolicyCodec.decode(Data("{}".utf8), encoding: "zstd-json", operation: "load", path: "db")
            Issue.record("decoded an unknown encoding")
        } catch {
            #expect(error.reason == .decoding("compiled policy stored as \"zstd-json\", which this sluice cannot read"))
        }
    }
}
