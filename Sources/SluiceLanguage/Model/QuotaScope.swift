/// Whether a quota is an allowance for each host or one allowance for the whole group.
public enum QuotaScope: String, Hashable, Sendable, Codable {
    case perHost = "per-host"
    case total
}
