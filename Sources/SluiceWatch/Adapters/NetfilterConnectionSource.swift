import Glibc
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import SluiceSystem

/// `ConnectionSource` over the kernel: conntrack destroy events and reset reads over ctnetlink, and the
/// audit NFLOG group's would-deny notices. Turns on conntrack accounting in the namespace first.
public final class NetfilterConnectionSource: ConnectionSource, @unchecked Sendable {
    private let events: ConntrackEvents
    private let audit: NFLogMonitor?
    private let conntrack: ConntrackTable
    private let namespace: NetworkNamespace
    /// What enabling accounting changed, for the log.
    public let settingsChanged: [String]

    /// Follows `namespace`'s connections, and the audit group `auditGroup` when the policy has one.
    public init(namespace: NetworkNamespace = .current, auditGroup: UInt16?) throws {
        self.namespace = namespace
        settingsChanged = try ConntrackTable.enableAccounting(namespace: namespace)
        events = try ConntrackEvents(namespace: namespace)
        conntrack = try ConntrackTable(namespace: namespace)
        audit = try auditGroup.map { try NFLogMonitor(namespace: namespace, group: $0) }
    }

    public func nextEvents(timeout: Duration) throws -> [ConnectionEvent] {
        var fds = [pollfd(fd: events.fileDescriptor, events: Int16(POLLIN), revents: 0)]
        if let audit { fds.append(pollfd(fd: audit.fileDescriptor, events: Int16(POLLIN), revents: 0)) }
        let ready = poll(&fds, nfds_t(fds.count), Int32(clamping: Int64(timeout.secondsValue * 1000)))
        if ready < 0 {
            if errno == EINTR { return [] }
            throw SystemError(operation: "wait for conntrack events", errno: errno)
        }
        var out: [ConnectionEvent] = []
        if fds[0].revents != 0 {
            // Let a burst gather first: at 10,000 ends a second, 10 ms makes a hundred of them
            // cost one wake-up instead of a hundred (an end is counted no later for it).
            usleep(10_000)
            for _ in 0..<4_096 {
                let (connections, overrun) = try events.nextQueued()
                if overrun { out.append(.delayed) }
                if connections.isEmpty && !overrun { break }
                out += connections.map(ConnectionEvent.ended)
            }
        }
        if let audit, fds.count > 1, fds[1].revents != 0 {
            for packet in try audit.next(timeout: 0) {
                out.append(.wouldDeny(PacketLog(prefix: packet.prefix, group: packet.group, source: packet.source,
                                                destination: packet.destination, transport: packet.transport,
                                                destinationPort: packet.destinationPort)))
            }
        }
        return out
    }

    public func drain(_ take: ([TrackedConnection]) -> Void) throws {
        try conntrack.drain(take)
    }

    public func localAddresses() throws -> Set<IPAddress> {
        Set(try namespace.interfaceAddresses().map(\.unmapped))
    }

    /// Stops the monitors (from another thread too).
    public func stop() {
        events.stop()
        audit?.stop()
    }
}
