/// The kernel's event channels (NFLOG and nf_tables notifications), read by one thread.
public protocol WatchEventSource: Sendable {
    /// Waits at most `timeout` for events and returns those that arrived (none on timeout).
    func nextEvents(timeout: Duration) throws -> [WatchEvent]
}
