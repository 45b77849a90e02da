extension Ruleset {
    private enum CodingKeys: String, CodingKey {
        case table, sets, quotas, counters, chains, familyTables
    }

    /// Decodes a ruleset; one stored before family tables existed has none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(table: try c.decode(String.self, forKey: .table), sets: try c.decode([NFTSet].self, forKey: .sets),
                  quotas: try c.decode([QuotaObject].self, forKey: .quotas),
                  counters: try c.decode([CounterObject].self, forKey: .counters),
                  chains: try c.decode([Chain].self, forKey: .chains),
                  familyTables: try c.decodeIfPresent([FamilyTable].self, forKey: .familyTables) ?? [])
    }

    /// Encodes a ruleset; without family tables the bytes are those of earlier versions, so a
    /// policy without names keeps its stored compiled form and its hash.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(table, forKey: .table)
        try c.encode(sets, forKey: .sets)
        try c.encode(quotas, forKey: .quotas)
        try c.encode(counters, forKey: .counters)
        try c.encode(chains, forKey: .chains)
        if !familyTables.isEmpty { try c.encode(familyTables, forKey: .familyTables) }
    }
}
