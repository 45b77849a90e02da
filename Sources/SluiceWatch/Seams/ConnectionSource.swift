import SluiceKernel
import SluiceLanguage

/// What flow accounting reads from the kernel, apart from the quota and containment path
/// (`WatchKernel`, `WatchEventSource`): connections that end, would-deny notices, and the live
/// connections' counters. The real one speaks ctnetlink and NFLOG (`NetfilterConnectionSource`); tests
/// use a fake. Read by one thread, the flow thread.
public protocol ConnectionSource: Sendable {
    /// Waits at most `timeout` for connections that ended and would-deny notices, and returns
    /// those that arrived (none on timeout).
    func nextEvents(timeout: Duration) throws -> [ConnectionEvent]
    /// Every live connection with its counters since the last read, which the kernel resets in the
    /// same step: nothing is counted twice, or lost between two reads. The connections go to
    /// `take` a part at a time as they are read, so the whole table is never held at once; what
    /// `take` got before a failure was reset, and counts.
    func drain(_ take: ([TrackedConnection]) -> Void) throws
    /// This machine's own addresses: host mode's sender, never a gateway's egress destination.
    func localAddresses() throws -> Set<IPAddress>
}
