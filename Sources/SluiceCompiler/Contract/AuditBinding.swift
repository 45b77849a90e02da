import SluiceLanguage

/// The policy's `audit` statements as the kernel, the watcher and the reports see them: which groups
/// audit, which sets recognize their hosts, and the conntrack label that marks a connection the
/// policy would have denied.
///
/// The audit rules at the end of the egress chain set `label` on every connection they accept, so
/// the kernel itself records the verdict the policy would have given; the watcher reads it back from
/// ctnetlink (`CTA_LABELS`) and never decides it again.
public struct AuditBinding: Hashable, Sendable, Codable {
    /// The audited groups, in policy order (`audit any`: every group).
    public var groups: [String]
    /// The conntrack label bit (0-127) set on connections accepted only because their group audits.
    public var label: UInt8
    /// The first `audit` statement: the audit rules name it in their comments.
    public var location: SourceLocation
    /// The sets that recognize audited senders, per family; nil where no audited group has an
    /// address of that family.
    public var sourceSetV4: String?
    public var sourceSetV6: String?
    /// Whether this machine's own traffic audits (host mode: `audit self` or `audit any`).
    public var machine: Bool

    /// Creates a binding.
    public init(groups: [String], label: UInt8, location: SourceLocation, sourceSetV4: String? = nil,
                sourceSetV6: String? = nil, machine: Bool = false) {
        self.groups = groups
        self.label = label
        self.location = location
        self.sourceSetV4 = sourceSetV4
        self.sourceSetV6 = sourceSetV6
        self.machine = machine
    }

    /// The label of the default table (the highest bit, far from the low bits that hand-written
    /// `connlabel.conf` files use).
    static let defaultLabel: UInt8 = 127

    /// The label bit of a table: 127 for `sluice`, otherwise 64-126 by a stable hash of the name, so
    /// that two tables in one namespace tell their own audited connections apart (two names that
    /// hash alike share a bit, as they would share an NFLOG group).
    public static func label(table: String) -> UInt8 {
        if table == Ruleset.defaultTable { return defaultLabel }
        return 64 + UInt8(StableHash.fnv1a(table) % 63)
    }

    /// Whether a connection's labels (bit n of the 128-bit bitmap is label n) carry this binding's label.
    public func marks(_ labels: UInt128) -> Bool {
        (labels >> UInt128(label)) & 1 == 1
    }
}
