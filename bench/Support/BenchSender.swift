/// Background traffic a benchmark keeps up while it measures: how much went, and a way to stop it.
public protocol BenchSender: Sendable {
    /// Datagrams handed to the kernel so far.
    var sent: Int { get }
    /// Datagrams the local stack refused (full queue, no route, a firewall's drop).
    var refused: Int { get }
    /// Datagrams never tried because the sender fell behind.
    var skipped: Int { get }
    /// Why sending stopped early, if it did.
    var error: String? { get }
    /// Stops sending and waits for the thread.
    func stop()
}
