/// Whether a quota is an allowance for each host or one allowance for the whole group.
public enum QuotaScope: String, Hashable, Sendable, Codable {
    case perHost = "per-host"
    case total
    /// `per user`: every local account of a `users` set gets its own allowance.
    case perUser = "per-user"

    /// Whether every host (or user) gets its own allowance, rather than one shared.
    public var isPerSource: Bool { self != .total }

    /// The words that end a quota line: `per host`, `per user`, `total`.
    public var words: String {
        switch self {
        case .perHost: "per host"
        case .perUser: "per user"
        case .total: "total"
        }
    }
}
