internal import CSystemShims

/// The calling thread's file-system uid: what the kernel records as the owner of a socket the
/// thread creates (its `meta skuid`). Linux keeps it per thread, so switching it affects no other
/// thread. For benchmarks and tests that need sockets of many uids without many processes.
public enum FileSystemUID {
    /// Runs `body` with the calling thread's file-system uid set to `uid` (root only), then puts
    /// the previous one back.
    public static func with<T>(_ uid: UInt32, _ body: () throws -> T) rethrows -> T {
        let previous = sluice_setfsuid(uid)
        defer { _ = sluice_setfsuid(previous) }
        return try body()
    }
}
