import SluiceLanguage

/// The policy's `audit` statements as the kernel, the watcher and the reports see them: which groups
/// audit, which sets recognize their hosts, and the conntrack mark bit that marks a connection the
/// policy would have denied.
///
/// The audit rules at the end of the egress chain set `mark` on every connection they accept
/// (keeping the mark's other bits), so the kernel itself records the verdict the policy would have
/// given; the watcher reads it back from ctnetlink (`CTA_MARK`, in dumps and in destroy events)
/// and never decides it again.
public struct AuditBinding: Hashable, Sendable, Codable {
    /// The audited groups, in policy order (`audit any`: every group).
    public var groups: [String]
    /// The conntrack mark bit set on connections accepted only because their group audits.
    public var mark: UInt32
    /// The first `audit` statement: the audit rules name it in their comments.
    public var location: SourceLocation
    /// The sets that recognize audited senders, per family; nil where no audited group has an
    /// address of that family.
    public var sourceSetV4: String?
    public var sourceSetV6: String?
    /// Whether this machine's own traffic audits (host mode: `audit self` or `audit any`).
    public var machine: Bool

    /// Creates a binding.
    public init(groups: [String], mark: UInt32, location: SourceLocation, sourceSetV4: String? = nil,
                sourceSetV6: String? = nil, machine: Bool = false) {
        self.groups = groups
        self.mark = mark
        self.location = location
        self.sourceSetV4 = sourceSetV4
        self.sourceSetV6 = sourceSetV6
        self.machine = machine
    }

    /// The mark bit of the default table: bit 30, clear of the low bits that mark-based routing and
    /// the usual `ct mark set meta mark` setups use.
    static let defaultMark: UInt32 = 1 << 30

    /// The mark bit of a table: bit 30 for `sluice`, otherwise one of bits 16-29 by a stable hash of
    /// the name, so that two tables in one namespace tell their own audited connections apart (two
    /// names that hash alike share a bit, as they would share an NFLOG group).
    public static func mark(table: String) -> UInt32 {
        if table == Ruleset.defaultTable { return defaultMark }
        return 1 << (16 + UInt32(StableHash.fnv1a(table) % 14))
    }

    /// Whether a connection's conntrack mark carries this binding's bit.
    public func marks(_ connectionMark: UInt32) -> Bool {
        connectionMark & mark == mark
    }
}
