/// Renders a `Ruleset` as `nft -f` input: one `table inet NAME { ... }` block, objects before the
/// chains that use them, then the family tables (`table ip NAME`, `table ip6 NAME`) as nft lists
/// them; deterministic down to the byte.
public enum NFTRenderer {
    /// The ruleset as nft text. Runtime state (usage, timeouts) is included when the ruleset has it.
    public static func render(_ ruleset: Ruleset) -> String {
        var out = "table \(Ruleset.family) \(ruleset.table) {\n"
        var blocks: [String] = []
        for quota in ruleset.quotas {
            var b = "\tquota \(quota.name) {\n"
            if let c = quota.comment { b += "\t\tcomment \(NFTText.quoted(c))\n" }
            b += "\t\t\(quota.over ? "over " : "")\(quota.bytes) bytes"
            if quota.used > 0 { b += " used \(quota.used) bytes" }
            b += "\n\t}\n"
            blocks.append(b)
        }
        for counter in ruleset.counters {
            var b = "\tcounter \(counter.name) {\n"
            if let c = counter.comment { b += "\t\tcomment \(NFTText.quoted(c))\n" }
            b += "\t\tpackets \(counter.value.packets) bytes \(counter.value.bytes)\n\t}\n"
            blocks.append(b)
        }
        for set in ruleset.sets { blocks.append(render(set)) }
        for chain in ruleset.chains { blocks.append(render(chain)) }
        out += blocks.joined(separator: "\n")
        out += "}\n"
        for table in ruleset.familyTables {
            out += "table \(table.keyword) \(ruleset.table) {\n" + table.chains.map(render).joined(separator: "\n") + "}\n"
        }
        return out
    }

    /// One set block.
    public static func render(_ set: NFTSet) -> String {
        var b = "\tset \(set.name) {\n\t\ttype \(set.keyType.rawValue)\n"
        if let size = set.size { b += "\t\tsize \(size)\n" }
        if !set.flags.isEmpty { b += "\t\tflags \(set.flags.names.joined(separator: ","))\n" }
        if let t = set.timeout { b += "\t\ttimeout \(NFTText.duration(milliseconds: t))\n" }
        switch set.stateful {
        case .quotaOver(let bytes): b += "\t\tquota over \(bytes) bytes\n"
        case .counter: b += "\t\tcounter\n"
        case nil: break
        }
        if let c = set.comment { b += "\t\tcomment \(NFTText.quoted(c))\n" }
        if !set.elements.isEmpty {
            let items = set.elements.map { NFTText.element($0, stateful: set.stateful) }
            b += "\t\telements = { " + items.joined(separator: ",\n\t\t\t     ") + " }\n"
        }
        b += "\t}\n"
        return b
    }

    /// One chain block.
    public static func render(_ chain: Chain) -> String {
        var b = "\tchain \(chain.name) {\n"
        if let hook = chain.hook { b += "\t\t\(NFTText.hook(hook))\n" }
        for rule in chain.rules { b += "\t\t\(NFTText.rule(rule))\n" }
        b += "\t}\n"
        return b
    }
}
