import Glibc
import SluiceCompiler
import SluiceKernel
import SluiceSystem

/// The kernel's two event channels for one table: nf_tables notifications (quota depletion, table
/// changes, lost events) and the NFLOG group the ruleset logs over-quota and denied packets to.
/// Read by one thread; waits on both sockets at once.
public final class NetfilterEventSource: WatchEventSource, @unchecked Sendable {
    private let events: EventMonitor
    private let nflog: NFLogMonitor
    private var overrunsSeen = 0

    /// Subscribes in `namespace` to `table`'s notifications and to NFLOG `group`.
    public init(namespace: NetworkNamespace = .current, table: String, group: UInt16) throws {
        events = try EventMonitor(namespace: namespace, table: table)
        nflog = try NFLogMonitor(namespace: namespace, group: group)
    }

    public func nextEvents(timeout: Duration) throws -> [WatchEvent] {
        var fds = [pollfd(fd: events.fileDescriptor, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: nflog.fileDescriptor, events: Int16(POLLIN), revents: 0)]
        let milliseconds = Int32(clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        let ready = poll(&fds, 2, milliseconds)
        if ready < 0 {
            if errno == EINTR { return [] }
            throw SystemError(operation: "wait for kernel events", errno: errno)
        }
        var out: [WatchEvent] = []
        if fds[0].revents != 0 {
            for event in try events.next(timeout: 0) {
                switch event {
                case .quotaDepleted(let table, let name, _): out.append(.quotaDepleted(table: table, name: name))
                case .tableChanged(let table): out.append(.tableChanged(table: table))
                case .eventsLost: out.append(.eventsLost)
                }
            }
        }
        if fds[1].revents != 0 {
            let packets = try nflog.next(timeout: 0)
            if nflog.overrunCount != overrunsSeen {
                overrunsSeen = nflog.overrunCount
                out.append(.eventsLost)
            }
            for packet in packets {
                out.append(.packet(PacketLog(prefix: packet.prefix, group: packet.group, source: packet.source,
                                             destination: packet.destination, transport: packet.transport,
                                             destinationPort: packet.destinationPort, uid: packet.uid)))
            }
        }
        return out
    }

    /// Stops both monitors (from another thread too).
    public func stop() {
        events.stop()
        nflog.stop()
    }
}
