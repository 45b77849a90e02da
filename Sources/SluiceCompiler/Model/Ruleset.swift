import SluiceLanguage

/// Everything Sluice puts into its `inet` table, and into the `ip`/`ip6` tables of the same name
/// beside it (`familyTables`, only for what an `inet` table cannot hold): a value model of
/// nftables objects that the renderers, the flow evaluator and the kernel backend share.
///
/// Order is significant and deterministic: sets, quotas, counters and chains are listed the way the
/// compiler emitted them, so that the same policy gives byte-identical output.
public struct Ruleset: Hashable, Sendable, Codable {
    /// The address family of the table; always `inet`, so one table handles IPv4 and IPv6.
    public static let family = "inet"
    /// The default table name.
    public static let defaultTable = "sluice"

    public var table: String
    public var sets: [NFTSet]
    public var quotas: [QuotaObject]
    public var counters: [CounterObject]
    public var chains: [Chain]
    /// The `ip` and `ip6` tables named `table`, in that order; empty for most policies.
    public var familyTables: [FamilyTable]

    /// Creates a ruleset.
    public init(table: String = Ruleset.defaultTable, sets: [NFTSet] = [], quotas: [QuotaObject] = [],
                counters: [CounterObject] = [], chains: [Chain] = [], familyTables: [FamilyTable] = []) {
        self.table = table
        self.familyTables = familyTables
        self.sets = sets
        self.quotas = quotas
        self.counters = counters
        self.chains = chains
    }

    /// The set with this name.
    public func set(named name: String) -> NFTSet? { sets.first { $0.name == name } }

    /// The chain with this name.
    public func chain(named name: String) -> Chain? { chains.first { $0.name == name } }

    /// The family table of a family, if the ruleset has one.
    public func familyTable(_ family: AddressFamily) -> FamilyTable? { familyTables.first { $0.family == family } }

    /// The quota object with this name.
    public func quota(named name: String) -> QuotaObject? { quotas.first { $0.name == name } }
}
