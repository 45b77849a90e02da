/// Where the ruleset sends packets for the watcher, and how their prefixes read back. The prefixes
/// are made and read here only, so the compiler and the watcher cannot disagree on them.
public struct PacketLogChannels: Hashable, Sendable, Codable {
    /// The NFLOG group over-quota and denied packets go to. It is derived from the table name, so
    /// each table (`--table`) has its own and each can have its own watcher.
    public var group: UInt16
    /// The table the prefixes name.
    public var table: String
    /// Whether denied egress is logged (`log denied`).
    public var logsDenied: Bool
    /// The NFLOG group the first packet of each would-deny connection goes to, or nil when the
    /// policy audits nothing. A group of its own, so that a flood of audited attempts never delays
    /// an over-quota notice; 10,001 above the table's, so it is never any table's group.
    public var auditGroup: UInt16?

    /// The word that starts an over-quota prefix.
    static let quotaWord = "sluice-quota"
    /// The word that starts a denied prefix (also the kernel log's prefix, as the language promises).
    static let deniedWord = "sluice-deny"
    /// The word that starts a would-deny prefix (`audit`).
    static let auditWord = "sluice-audit"
    /// How far above the table's NFLOG group its audit group lies: past every table's group
    /// (5113-15113), so the two channels of all tables stay apart.
    static let auditGroupOffset: UInt16 = 10_001
    /// The group of the default table; other tables get one derived from their name.
    static let defaultGroup: UInt16 = 5113

    /// Creates the channels of a table; `audits` gives it an audit group.
    public init(table: String, logsDenied: Bool, audits: Bool = false) {
        self.table = table
        self.logsDenied = logsDenied
        group = Self.group(table: table)
        auditGroup = audits ? Self.auditGroup(table: table) : nil
    }

    /// The audit NFLOG group of a table, whether or not its live policy audits (a watcher binds it
    /// from the start, so that a policy applied later that audits is followed at once).
    public static func auditGroup(table: String) -> UInt16 {
        group(table: table) + auditGroupOffset
    }

    /// The NFLOG group of a table: 5113 for `sluice`, otherwise 5114-15113 by a stable hash of the
    /// name. Two tables whose groups collide cannot both have a watcher; the second one is told so.
    public static func group(table: String) -> UInt16 {
        if table == Ruleset.defaultTable { return defaultGroup }
        return defaultGroup + 1 + UInt16(StableHash.fnv1a(table) % 10_000)
    }

    /// The prefix of a quota's first over-quota packet per host.
    public func quotaPrefix(_ quotaID: String) -> String { "\(Self.quotaWord) \(table) \(quotaID)" }

    /// The prefix of denied egress sent to the watcher.
    public var deniedPrefix: String { "\(Self.deniedWord) \(table)" }

    /// The prefix of the first packet of a would-deny connection of an audited group.
    public var auditPrefix: String { "\(Self.auditWord) \(table)" }

    /// The prefix of denied egress in the kernel log.
    public static let deniedKernelLogPrefix = "\(deniedWord) "

    /// What a logged packet of this table means, or nil when the prefix is not one of this table's.
    public func classify(prefix: String) -> PacketLogKind? {
        let words = prefix.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 2, words[1] == table else { return nil }
        switch words[0] {
        case Substring(Self.quotaWord) where words.count == 3: return .overQuota(quotaID: String(words[2]))
        case Substring(Self.deniedWord) where words.count == 2: return .denied
        case Substring(Self.auditWord) where words.count == 2: return .wouldDeny
        default: return nil
        }
    }
}
