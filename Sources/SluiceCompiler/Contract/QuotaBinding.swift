import SluiceLanguage

/// One policy quota as everything after the compiler sees it: its budget and window, how the kernel
/// accounts it, and the NFLOG prefix its over-quota packets carry.
///
/// - Per-host quotas live in dynamic sets whose elements each carry `quota over BYTES`: the kernel
///   adds a host on its first packet and drops its egress the moment its budget is spent, without
///   a pre-made object per address.
/// - Total quotas are one named quota object, announced by the kernel when depleted, plus dynamic
///   counter sets that attribute the bytes to hosts.
/// - For `self` in host mode, a per-host quota is a named quota object as well (one host).
public struct QuotaBinding: Hashable, Sendable, Codable {
    /// A stable identifier that is also a valid nftables name: `hq_compute_1d`, `tq_compute_1d`.
    public var id: String
    public var scope: QuotaScope
    /// The groups whose hosts the quota counts, in policy order.
    public var groups: [String]
    public var bytes: UInt64
    /// Window length in seconds; windows are aligned to the Unix epoch in UTC.
    public var window: UInt64
    /// The `quota` statement, or the `allow` statement of an inline quota.
    public var location: SourceLocation
    /// True for an inline quota of an `allow`: it counts only the traffic that rule admits.
    public var inline: Bool
    /// Which kernel objects hold the quota's bytes.
    public var accounting: QuotaAccounting
    /// The NFLOG prefix of the first over-quota packet per host, which wakes the watcher.
    public var nflogPrefix: String
    /// `warn`: the kernel only announces hosts over the quota and never drops their traffic; the
    /// watcher runs only the `alert` actions of the matching `on exceed`.
    public var alertOnly: Bool
    /// For `Nx usual at least SIZE`: the multiple, floor (also `bytes`) and learning period the
    /// watcher applies at every window start; nil for a fixed size.
    public var learned: LearnedLimit?

    /// Creates a binding.
    public init(id: String, scope: QuotaScope, groups: [String], bytes: UInt64, window: UInt64,
                location: SourceLocation, inline: Bool, accounting: QuotaAccounting, nflogPrefix: String,
                alertOnly: Bool = false, learned: LearnedLimit? = nil) {
        self.id = id
        self.scope = scope
        self.groups = groups
        self.bytes = bytes
        self.window = window
        self.location = location
        self.inline = inline
        self.accounting = accounting
        self.nflogPrefix = nflogPrefix
        self.alertOnly = alertOnly
        self.learned = learned
    }

    /// Decodes a binding; one stored before `warn` existed enforces, as its policy said, and one
    /// stored before learned quotas is fixed.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        scope = try c.decode(QuotaScope.self, forKey: .scope)
        groups = try c.decode([String].self, forKey: .groups)
        bytes = try c.decode(UInt64.self, forKey: .bytes)
        window = try c.decode(UInt64.self, forKey: .window)
        location = try c.decode(SourceLocation.self, forKey: .location)
        inline = try c.decode(Bool.self, forKey: .inline)
        accounting = try c.decode(QuotaAccounting.self, forKey: .accounting)
        nflogPrefix = try c.decode(String.self, forKey: .nflogPrefix)
        alertOnly = try c.decodeIfPresent(Bool.self, forKey: .alertOnly) ?? false
        learned = try c.decodeIfPresent(LearnedLimit.self, forKey: .learned)
    }

    /// The size as the policy wrote it: `2 GiB`, or `3x usual at least 200 MB`.
    public var sizeWords: String {
        learned?.words ?? Units.size(bytes)
    }

    /// The dynamic host set of a family, if the quota has one.
    public func hostSet(_ family: AddressFamily) -> String? {
        switch accounting {
        case .hostSets(let v4, let v6), .total(_, let v4, let v6): family == .ipv4 ? v4 : v6
        case .machine, .machineTotal, .userSets, .userTotal: nil
        }
    }

    /// The dynamic set that holds a host's (a user's) element: its family's set, or the user set.
    public func hostSet(for host: HostID) -> String? {
        switch (host, accounting) {
        case (.address(let a), _): hostSet(a.family)
        case (.user, .userSets(let set)), (.user, .userTotal(_, let set)): set
        default: nil
        }
    }
}
