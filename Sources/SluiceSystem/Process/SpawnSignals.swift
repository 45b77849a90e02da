import Glibc

/// What signal handling a spawned program starts with.
public enum SpawnSignals: Hashable, Sendable {
    /// Ours: the dispositions posix_spawn keeps and our signal mask.
    case inherit
    /// Every signal at its default action, none blocked: a parent that ignores SIGINT or SIGPIPE
    /// does not hand that to its child.
    case resetAll
    /// These signals at their default action, none blocked.
    case reset([Int32])
}
