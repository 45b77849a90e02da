import Glibc
import Synchronization

/// Notes SIGINT and SIGTERM instead of dying at once. The benchmark goes on until the child it waits
/// for (which got the same signal) returns, then stops through its normal error path, so every
/// namespace and scratch directory it made is removed by its `defer`s.
enum Interruption {
    private static let received = Atomic<Int32>(0)

    /// Installs the handlers. Caught (not ignored) signals go back to their default in spawned
    /// children, so `sluice` and `nft` still die from Ctrl-C.
    static func install() {
        Glibc.signal(SIGINT, handler)
        Glibc.signal(SIGTERM, handler)
    }

    private static let handler: @convention(c) (Int32) -> Void = { note($0) }

    private static func note(_ signal: Int32) {
        received.store(signal, ordering: .relaxed)
    }

    /// The signal that arrived, if any.
    static var caught: Int32? {
        let value = received.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }
}
