/// A byte allowance over a fixed, epoch-aligned window: `2 GiB per day per host`, or one learned
/// from each host's own usage: `3x usual at least 200 MB per 1h per host`.
public struct QuotaSpec: Hashable, Sendable, Codable {
    /// Allowance in bytes (more than zero); for a learned quota, the floor `at least SIZE`.
    public var bytes: UInt64
    /// Window length in seconds (at least one).
    public var window: UInt64
    public var scope: QuotaScope
    /// The multiple of each host's usual volume that is its limit; nil for a fixed size.
    public var learned: LearnedMultiple?
    /// `warn`: the quota only alerts; traffic over it is never stopped.
    public var alertOnly: Bool

    /// Creates a quota specification.
    public init(bytes: UInt64, window: UInt64, scope: QuotaScope, learned: LearnedMultiple? = nil,
                alertOnly: Bool = false) {
        self.bytes = bytes
        self.window = window
        self.scope = scope
        self.learned = learned
        self.alertOnly = alertOnly
    }

    /// Decodes a specification; one stored before learned and alert-only quotas existed is a
    /// fixed, enforcing quota, which is what its source meant.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        bytes = try c.decode(UInt64.self, forKey: .bytes)
        window = try c.decode(UInt64.self, forKey: .window)
        scope = try c.decode(QuotaScope.self, forKey: .scope)
        learned = try c.decodeIfPresent(LearnedMultiple.self, forKey: .learned)
        alertOnly = try c.decodeIfPresent(Bool.self, forKey: .alertOnly) ?? false
    }
}
