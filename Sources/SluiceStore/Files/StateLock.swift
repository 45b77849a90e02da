/// The apply lock of one Sluice table: an exclusive `flock` on `<state-dir>/<table>.lock`.
///
/// Every command that changes the kernel table or its history (`apply`, `rollback`, `confirm`,
/// the confirm timer) holds it, so two of them never interleave. The kernel drops the lock when
/// the holder dies, so a crashed apply never wedges the next one.
public final class StateLock: Sendable {
    /// The lock file.
    public let path: String
    /// The table the lock serializes.
    public let table: String
    private let file: LockFile

    /// Takes the lock, waiting up to `timeout`; throws `.lockHeld(pid:)` when another process
    /// keeps it longer. Creates and vets the state directory like `SluiceStore` does.
    public init(directory: String = SluiceStore.defaultDirectory, table: String = "sluice",
                timeout: Duration = .seconds(10)) throws(StoreError) {
        let path = try StateLayout(directory: directory).applyLock(table: table)
        let operation = "take the apply lock"
        try StateDirectory.prepare(directory)
        self.path = path
        self.table = table
        self.file = try LockFile.acquire(path: path, timeout: timeout, operation: operation)
    }

    /// Whether this object still holds the lock.
    public var isHeld: Bool { file.isHeld }

    /// Releases the lock now rather than at deinit; later calls do nothing.
    public func release() { file.release() }
}
