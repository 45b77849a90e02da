/// How the watcher learns that a host spent its quota.
enum ContainmentPath: String {
    /// The kernel's NFLOG message for the packet that spent the quota (the fast path).
    case event
    /// The watcher's next poll of the per-host quota set (when the NFLOG message is missing).
    case poll
}
