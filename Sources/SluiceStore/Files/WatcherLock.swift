/// The lock a table's watcher holds while it runs: an exclusive `flock` on
/// `<state-dir>/watch-<table>.lock`, so a second `sluice watch` of the same table is told who
/// already follows it instead of failing later on the kernel's log group.
public final class WatcherLock: Sendable {
    /// The lock file.
    public let path: String
    private let file: LockFile

    /// Takes the lock at once; throws `.lockHeld(pid:)` when another watcher of the table runs.
    public init(directory: String, table: String) throws(StoreError) {
        let path = try StateLayout(directory: directory).watcherLock(table: table)
        try StateDirectory.prepare(directory)
        self.path = path
        file = try LockFile.acquire(path: path, timeout: .zero, operation: "take the watcher lock of table \(table)")
    }

    /// Releases the lock now rather than at deinit.
    public func release() { file.release() }
}
