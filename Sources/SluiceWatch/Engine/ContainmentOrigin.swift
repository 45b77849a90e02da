/// Who put a host into a containment set.
public enum ContainmentOrigin: String, Hashable, Sendable, Codable {
    /// The watcher, on an exceeded quota.
    case watcher
    /// An operator (`sluice block`, `sluice isolate`).
    case manual
    /// Found in the kernel with no record of who put it there.
    case unknown
}
