import SluiceCompiler
import SluiceLanguage

/// The messages that write a `FamilyTable` (`table ip NAME`, `table ip6 NAME`): created whole,
/// with Sluice's mark, or deleted whole. They are a few rules without state, so a change
/// replaces the table in the transaction rather than editing it.
enum FamilyTableMessages {
    /// The netfilter family number of a table family; nil is the `inet` table's.
    static func family(_ family: AddressFamily?) -> UInt8 {
        switch family {
        case .ipv4?: NFT.familyIPv4
        case .ipv6?: NFT.familyIPv6
        case nil: NFT.familyINet
        }
    }

    /// `table ip NAME { ... }` made anew: the table with the mark, its chains, their rules.
    static func add(_ table: FamilyTable, name: String, to batch: inout KernelBatch) throws {
        let nf = family(table.family)
        TableMessages.add(name, family: nf, to: &batch)
        for chain in table.chains { ChainMessages.add(Chain(name: chain.name, hook: chain.hook), table: name, family: nf, to: &batch) }
        for chain in table.chains {
            for rule in chain.rules {
                try RuleMessages.add(rule, expressions: RuleLinearizer.linearize(rule, family: table.family), chain: chain.name,
                                     table: name, family: nf, setIDs: [:], to: &batch)
            }
        }
    }

    /// `delete table ip NAME`, by name: the batch's generation is the one at which the table was
    /// found Sluice's (see `NetfilterConnection+Ownership`).
    static func delete(_ tableFamily: AddressFamily, name: String, to batch: inout KernelBatch) {
        batch.message(NFT.delTable, family: family(tableFamily), entry: BatchEntry("delete table", .init(.table, name))) { w in
            w.putString(NFT.tableName, name)
        }
    }
}
