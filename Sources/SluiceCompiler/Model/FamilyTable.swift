import SluiceLanguage

/// A table of one IP family (`ip` or `ip6`) that Sluice keeps beside its `inet` table, under the
/// same name and with the same mark: for what the kernel accepts only in such tables. The DNS
/// answer queue is one: without CONFIG_NFT_QUEUE the NFQUEUE target comes through nft_compat,
/// which the kernel refuses in `inet` tables. Created, replaced and deleted in the transaction
/// that writes the `inet` table.
public struct FamilyTable: Hashable, Sendable, Codable {
    /// `ipv4` for `table ip NAME`, `ipv6` for `table ip6 NAME`.
    public var family: AddressFamily
    public var chains: [Chain]

    /// Creates a family table.
    public init(family: AddressFamily, chains: [Chain] = []) {
        self.family = family
        self.chains = chains
    }

    /// The nft family keyword: `ip` or `ip6`.
    public var keyword: String { Self.keyword(family) }

    /// The nft family keyword of a family: `ip` or `ip6`.
    public static func keyword(_ family: AddressFamily) -> String { family == .ipv4 ? "ip" : "ip6" }
}
