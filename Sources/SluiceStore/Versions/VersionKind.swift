/// How a version came to be applied.
public enum VersionKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// `sluice apply`.
    case apply
    /// `sluice rollback [ID]`.
    case rollback
    /// The confirm timer restored the previous version because `sluice confirm` did not come.
    case autoRollback = "auto-rollback"
}
