/// Who contained a host.
public enum ContainmentSource: String, Hashable, Sendable, Codable, CaseIterable {
    /// The watcher, on an exceeded quota.
    case watcher
    /// An operator, with `sluice block` or `sluice isolate`.
    case manual
}
