import SluiceLanguage

/// A `CompiledPolicy` in the JSON format of earlier 0.2 builds (`CompiledPolicyCodec.jsonFormat`),
/// which is still read: the model value, with its long address
/// lists (large sets of plain address elements, and the addresses of large groups) taken out and
/// kept as `PackedRanges`, aligned by index.
///
/// Everything else goes through the model's own `Codable`, so fields the model gains later are kept
/// without this type knowing them. Elements are packed only when they carry nothing but their key
/// (checked by comparing with a bare `SetElement`), so no element state can be lost.
struct PackedCompiledPolicy: Codable {
    /// The format name, first, so a reader can refuse what it does not know before decoding more.
    var format: String
    /// The Sluice release that compiled it.
    var compiler: String
    /// The policy with the packed lists emptied.
    var compiled: CompiledPolicy
    /// One entry per `ruleset.sets`: the packed elements, or nil where they stayed in `compiled`.
    var sets: [PackedRanges?]
    /// One entry per `groups`: the packed addresses, or nil.
    var groups: [PackedRanges?]
    /// The inside networks, packed when long (absent in `sluice-compiled-2`).
    var inside: PackedRanges?
    /// Whether `compiled` came with its inside networks: builds before the `inside` setting wrote
    /// none, and theirs are made from the groups once the groups' addresses are back.
    private var hadInsideNetworks = true

    private enum CodingKeys: String, CodingKey {
        case format, compiler, compiled, sets, groups, inside
    }

    /// A key by name, to ask whether the stored policy has a member.
    private struct MemberKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Lists shorter than this keep their readable form; packing pays off for large ones only.
    static let packingThreshold = 64

    init(_ compiled: CompiledPolicy, format: String, compiler: String) {
        self.format = format
        self.compiler = compiler
        var stripped = compiled
        sets = stripped.ruleset.sets.indices.map { i in
            let set = stripped.ruleset.sets[i]
            guard set.elements.count >= Self.packingThreshold else { return nil }
            var ranges: [AddressRange] = []
            ranges.reserveCapacity(set.elements.count)
            for element in set.elements {
                guard case .address(let range) = element.key, element == SetElement(element.key) else { return nil }
                ranges.append(range)
            }
            guard let packed = PackedRanges(ranges) else { return nil }
            stripped.ruleset.sets[i].elements = []
            return packed
        }
        groups = stripped.groups.indices.map { i in
            guard stripped.groups[i].addresses.count >= Self.packingThreshold,
                  let packed = PackedRanges(stripped.groups[i].addresses) else { return nil }
            stripped.groups[i].addresses = []
            return packed
        }
        if stripped.insideNetworks.count >= Self.packingThreshold, let packed = PackedRanges(stripped.insideNetworks) {
            inside = packed
            stripped.insideNetworks = []
        }
        self.compiled = stripped
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        format = try c.decode(String.self, forKey: .format)
        compiler = try c.decode(String.self, forKey: .compiler)
        compiled = try c.decode(CompiledPolicy.self, forKey: .compiled)
        sets = try c.decode([PackedRanges?].self, forKey: .sets)
        groups = try c.decode([PackedRanges?].self, forKey: .groups)
        inside = try c.decodeIfPresent(PackedRanges.self, forKey: .inside)
        hadInsideNetworks = try c.nestedContainer(keyedBy: MemberKey.self, forKey: .compiled)
            .contains(MemberKey(stringValue: "insideNetworks"))
    }

    /// The model value, or nil when the packed parts do not fit it (damaged data).
    func restored() -> CompiledPolicy? {
        var out = compiled
        guard sets.count == out.ruleset.sets.count, groups.count == out.groups.count else { return nil }
        for (i, packed) in sets.enumerated() {
            guard let packed else { continue }
            guard out.ruleset.sets[i].elements.isEmpty, let ranges = packed.ranges() else { return nil }
            out.ruleset.sets[i].elements = ranges.map { SetElement(.address($0)) }
        }
        for (i, packed) in groups.enumerated() {
            guard let packed else { continue }
            guard out.groups[i].addresses.isEmpty, let ranges = packed.ranges() else { return nil }
            out.groups[i].addresses = ranges
        }
        if let inside {
            guard out.insideNetworks.isEmpty, let ranges = inside.ranges() else { return nil }
            out.insideNetworks = ranges
        } else if !hadInsideNetworks {
            // Stored before the inside networks were: the default of its groups, now that their
            // packed addresses are back.
            out.insideNetworks = CompiledPolicy.defaultInsideNetworks(groups: out.groups,
                                                                      management: out.containment.managementGroup)
        }
        return out
    }
}
