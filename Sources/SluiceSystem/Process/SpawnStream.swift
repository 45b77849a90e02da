import Glibc

/// Where a spawned program's standard input, output or error comes from or goes to.
public enum SpawnStream: Hashable, Sendable {
    /// The same as ours.
    case inherit
    /// `/dev/null`.
    case null
    /// A descriptor we hold (a pipe or socket end), duplicated into place.
    case descriptor(Int32)
    /// A file opened in the child: created with `mode` if missing, appended to or truncated.
    case file(String, append: Bool, mode: mode_t)
    /// The same as its standard output (`2>&1`); for standard error only.
    case standardOutput
}
