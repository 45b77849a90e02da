import Foundation
import SluiceLanguage
import Testing
@testable import SluiceCompiler

/// The stored form of the compiled-policy contract: exact round trips, the same bytes for the same
/// policy, long address lists packed, and damaged or foreign data refused rather than guessed at.
@Suite struct CompiledPolicyCodecTests {
    /// The spec's policy with a group of `extra` disjoint /24s, compiled.
    static func compiled(extra: Int = 0) throws -> CompiledPolicy {
        var policy = HandBuiltPolicies.hpc
        if extra > 0, let i = policy.groups.firstIndex(where: { $0.name == "compute" }) {
            policy.groups[i].addresses = (0..<extra).map { n in
                AddressRange(prefix: IPAddress(family: .ipv4, value: UInt128(0x0a00_0000 | (n * 2) << 8)), length: 24)
            }
        }
        return try #require(PolicyCompiler().compile(policy).compiled)
    }

    @Test func roundTripsExactlyAndDeterministically() throws {
        let compiled = try Self.compiled(extra: 1_000)
        let data = try CompiledPolicyCodec.encode(compiled)
        #expect(try CompiledPolicyCodec.decode(data) == compiled)
        #expect(try CompiledPolicyCodec.encode(compiled) == data, "the same policy gives the same bytes")
        #expect(try CompiledPolicyCodec.encode(CompiledPolicyCodec.decode(data)) == data)
    }

    @Test func longAddressListsArePackedAndElementsWithStateAreNot() throws {
        var compiled = try Self.compiled(extra: 1_000)
        let packed = PackedCompiledPolicy(compiled, format: CompiledPolicyCodec.jsonFormat, compiler: "test")
        let names = compiled.ruleset.sets.map(\.name)
        #expect(zip(names, packed.sets).filter { $0.1 != nil }.map(\.0).contains("g_compute_v4"))
        #expect(packed.groups[compiled.groups.firstIndex { $0.name == "compute" }!] != nil)
        #expect(packed.compiled.ruleset.set(named: "s_web_tcp")?.elements.isEmpty == false)

        let i = try #require(compiled.ruleset.sets.firstIndex { $0.name == "g_compute_v4" })
        compiled.ruleset.sets[i].elements[100].comment = "kept"
        let withState = PackedCompiledPolicy(compiled, format: CompiledPolicyCodec.jsonFormat, compiler: "test")
        #expect(withState.sets[i] == nil, "an element with state is never packed")
        #expect(try CompiledPolicyCodec.decode(CompiledPolicyCodec.encode(compiled)) == compiled)
    }

    @Test func packedRangesKeepBothFamiliesInOrder() throws {
        let v4 = (0..<3).map { AddressRange(prefix: IPAddress(family: .ipv4, value: UInt128(0x0a00_0000 | $0 << 8)), length: 24) }
        let v6 = (0..<3).map { i in
            AddressRange(prefix: IPAddress(family: .ipv6, value: UInt128(0x2001_0db8) << 96 | UInt128(i) << 64), length: 64)
        }
        let packed = try #require(PackedRanges(v4 + v6))
        #expect(packed.v4.count == 3 * 8 && packed.v6.count == 3 * 32)
        #expect(packed.ranges() == v4 + v6)
        #expect(PackedRanges(v6 + v4) == nil, "an order that could not be restored exactly is not packed")
        var short = packed
        short.v6.removeLast()
        #expect(short.ranges() == nil)
        var reversed = packed
        reversed.v4.replaceSubrange(0..<8, with: [10, 0, 0, 9, 10, 0, 0, 1])
        #expect(reversed.ranges() == nil)
    }

    @Test func damagedAndForeignFormsAreRefused() throws {
        let compiled = try Self.compiled(extra: 100)
        var packed = PackedCompiledPolicy(compiled, format: CompiledPolicyCodec.jsonFormat, compiler: "test")
        packed.sets.removeLast()
        #expect(throws: CompiledPolicyCodecError.damaged("a packed address list does not fit the policy")) {
            try CompiledPolicyCodec.decode(try JSONEncoder().encode(packed))
        }
        let newer = Data(#"{"format":"sluice-compiled-9","compiler":"9.0.0"}"#.utf8)
        #expect(throws: CompiledPolicyCodecError.unknownFormat("sluice-compiled-9", compiler: "9.0.0")) {
            try CompiledPolicyCodec.decode(newer)
        }
        #expect(throws: CompiledPolicyCodecError.self) { try CompiledPolicyCodec.decode(Data("not json".utf8)) }
    }

    @Test func theJSONFormatOfEarlierBuildsIsStillRead() throws {
        let compiled = try Self.compiled(extra: 1_000)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let legacy = try encoder.encode(PackedCompiledPolicy(compiled, format: CompiledPolicyCodec.jsonFormat, compiler: "0.2.0"))
        #expect(try CompiledPolicyCodec.decode(legacy) == compiled)
    }

    @Test func everyAddressListBecomesRecordsUnlessItCarriesState() throws {
        var compiled = try Self.compiled(extra: 1_000)
        let (skeleton, records) = CompiledSkeleton.split(compiled, format: CompiledPolicyCodec.format, compiler: "test")
        let sets = compiled.ruleset.sets.map(\.name)
        let compute = try #require(sets.firstIndex(of: "g_compute_v4"))
        #expect(skeleton.sets[compute] == AddressListShape(v4: 1_000, v6: 0))
        #expect(skeleton.compiled.ruleset.sets[compute].elements.isEmpty)
        let mirrors = try #require(sets.firstIndex(of: "d_mirrors_v6"))
        #expect(skeleton.sets[mirrors] == AddressListShape(v4: 0, v6: 1), "short lists are records too")
        #expect(skeleton.sets[try #require(sets.firstIndex(of: "s_web_tcp"))] == nil, "ports stay in the skeleton")
        #expect(skeleton.groups.allSatisfy { $0 != nil })
        #expect(records.count == (skeleton.sets + skeleton.groups).reduce(0) { $0 + ($1?.byteCount ?? 0) })

        compiled.ruleset.sets[compute].elements[100].comment = "kept"
        let (withState, _) = CompiledSkeleton.split(compiled, format: CompiledPolicyCodec.format, compiler: "test")
        #expect(withState.sets[compute] == nil, "an element with state is never packed")
        #expect(try CompiledPolicyCodec.decode(CompiledPolicyCodec.encode(compiled)) == compiled)
    }

    @Test func damagedRecordsAndUnknownFormatLinesAreRefused() throws {
        let compiled = try Self.compiled(extra: 100)
        let parts = try CompiledPolicyCodec.parts(of: compiled)
        let damaged = CompiledPolicyCodecError.damaged("the address records do not fit the policy")
        var short = parts
        short.records.removeLast(8)
        #expect(throws: damaged) { try CompiledPolicyCodec.decode(short) }
        var long = parts
        long.records += [0, 0, 0, 0, 0, 0, 0, 0]
        #expect(throws: damaged) { try CompiledPolicyCodec.decode(long) }
        var reversed = parts
        // The first record is the first group's first IPv4 range: upper below lower.
        reversed.records.replaceSubrange(0..<8, with: [10, 0, 0, 9, 10, 0, 0, 1])
        #expect(throws: damaged) { try CompiledPolicyCodec.decode(reversed) }
        #expect(throws: CompiledPolicyCodecError.unknownFormat("sluice-compiled-9", compiler: nil)) {
            try CompiledPolicyCodec.decode(Data("sluice-compiled-9\n\u{0}\u{0}".utf8))
        }
        let blob = parts.blob
        #expect(throws: CompiledPolicyCodecError.self) { try CompiledPolicyCodec.decode(Data(blob.dropLast(3))) }
        #expect(try CompiledPolicyCodec.decode(Data(blob)) == compiled)
    }
}
