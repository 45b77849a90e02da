import SluiceCompiler

/// Why the watcher could not do something it decided to do.
public enum WatchError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The policy has no containment set for this host (`self` without host mode's group).
    case noContainmentSet(host: String, level: ContainmentKind)
    /// The store has no live policy for the table.
    case noLivePolicy(table: String)
    /// A new policy is for another table.
    case tableMismatch(expected: String, got: String)
    /// A setting cannot be used.
    case invalidSetting(String)
    /// The store holds a record the watcher cannot read.
    case unreadableRecord(String)

    public var description: String {
        switch self {
        case .noContainmentSet(let host, let level):
            "the policy has no \(level.rawValue) set that can hold \(host)"
        case .noLivePolicy(let table):
            "no policy has been applied to table \(table)"
        case .tableMismatch(let expected, let got):
            "the policy is compiled for table \(got), the watcher follows table \(expected)"
        case .invalidSetting(let what):
            what
        case .unreadableRecord(let what):
            "the store holds a record the watcher cannot read: \(what)"
        }
    }
}
