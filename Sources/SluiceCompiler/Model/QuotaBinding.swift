import SluiceLanguage

/// How one policy quota is accounted in the kernel, so the watcher can read, reset and restore it.
///
/// - Per-host quotas live in dynamic sets (`hostSetV4`/`hostSetV6`) whose elements each carry
///   `quota over BYTES`: the kernel adds a host on its first packet and drops its egress the moment
///   its budget is spent, without a pre-made object per address.
/// - Total quotas are one named quota object (`object`), announced by the kernel when depleted, plus
///   dynamic counter sets that attribute the bytes to hosts.
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
    /// Dynamic per-host sets: quota sets (per host) or counter sets (total, attribution).
    public var hostSetV4: String?
    public var hostSetV6: String?
    /// The named quota object (total quotas, and per-host quotas of `self`).
    public var object: String?
    /// The NFLOG prefix of the first over-quota packet per host, which wakes the watcher.
    public var nflogPrefix: String

    /// Creates a binding.
    public init(id: String, scope: QuotaScope, groups: [String], bytes: UInt64, window: UInt64,
                location: SourceLocation, inline: Bool, hostSetV4: String? = nil, hostSetV6: String? = nil,
                object: String? = nil, nflogPrefix: String) {
        self.id = id
        self.scope = scope
        self.groups = groups
        self.bytes = bytes
        self.window = window
        self.location = location
        self.inline = inline
        self.hostSetV4 = hostSetV4
        self.hostSetV6 = hostSetV6
        self.object = object
        self.nflogPrefix = nflogPrefix
    }

    /// The dynamic host set of a family.
    public func hostSet(_ family: AddressFamily) -> String? {
        family == .ipv4 ? hostSetV4 : hostSetV6
    }
}
