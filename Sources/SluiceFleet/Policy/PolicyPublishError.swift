/// Why a version was not published (nothing was written).
public enum PolicyPublishError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Someone published since this publisher read the live version: the one live now.
    case conflict(read: LivePolicy?, now: LivePolicy?)
    /// `--if-live N`: version N is no longer the live one (the one that is, if any).
    case notLive(expected: Int64, now: LivePolicy?)
    /// The request would exceed etcd's limit (bytes it would take, the limit).
    case tooLarge(bytes: Int, limit: Int)
    /// `rollback --cluster` named a version the fleet does not keep.
    case noSuchVersion(Int64)
    /// `rollback --cluster` without a version, and no earlier version is kept.
    case nothingToRollBack
    /// `policy/live` is there but is not a live-version record.
    case unreadableLive
    /// The version key a publish would write holds a version already (`policy/live` lost or
    /// rewritten behind the fleet's back): never overwritten.
    case versionExists(Int64)

    public var description: String {
        switch self {
        case .conflict(let read, let now):
            let was = read.map { "version \($0.sequence)" } ?? "no version"
            let current = now.map { "version \($0.sequence) (hash \($0.hash.prefix(12)))" } ?? "no version"
            return "another publish won: this one read \(was) as live, but \(current) is live now; "
                + "nothing was published (check the live version, then apply again)"
        case .notLive(let expected, let now):
            let current = now.map { "version \($0.sequence) (hash \($0.hash.prefix(12))) is" } ?? "no version is"
            return "version \(expected) is no longer live: \(current); nothing was published"
        case .tooLarge(let bytes, let limit):
            return "the version takes \(bytes) bytes in etcd's request, above its limit of \(limit) bytes; nothing was published "
                + "(a policy this large cannot be shared through etcd: apply it on each gateway)"
        case .noSuchVersion(let sequence):
            return "the fleet keeps no version \(sequence) (sluice history --cluster lists them)"
        case .nothingToRollBack:
            return "the fleet keeps no version before the live one"
        case .unreadableLive:
            return "the fleet's policy/live key does not read as a live version (written by something other than Sluice?); "
                + "nothing was published: restore it before publishing, with the sequence and full hash of a kept version "
                + "(sluice history --cluster --json lists them): etcdctl put /sluice/TABLE/policy/live "
                + "'{\"hash\":\"HASH\",\"sequence\":N}'"
        case .versionExists(let sequence):
            return "the fleet already keeps a version \(sequence), which policy/live does not name; nothing was published "
                + "(policy/live was lost or rewritten: restore it before publishing)"
        }
    }
}
