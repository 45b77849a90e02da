import CNetfilter
import CNetfilterShims
import Glibc
import SluiceSystem

/// The namespace's conntrack table over ctnetlink: every live connection's counters, read and reset
/// in one step (IPCTNL_MSG_CT_GET_CTRZERO: the kernel exchanges each counter for zero as it dumps
/// it), so the bytes of a long-lived connection are reported once, by a dump or by its destroy
/// event, never twice. Not for concurrent use.
public final class ConntrackTable {
    private let socket: NetlinkSocket
    public let namespace: NetworkNamespace

    /// Opens a ctnetlink socket in `namespace`.
    public init(namespace: NetworkNamespace = .current) throws {
        self.namespace = namespace
        socket = try NetlinkSocket(namespace: namespace)
        try socket.raiseReceiveBuffer(to: 4 << 20)
    }

    /// Every live connection with the counters since the last read, which are reset.
    public func drain() throws -> [TrackedConnection] {
        var out: [TrackedConnection] = []
        try drain { out += $0 }
        return out
    }

    /// Every live connection with the counters since the last read, which are reset, handed to
    /// `take` as they arrive (one netlink datagram's worth at a time): a table of 10,000
    /// connections is then never held whole (bench/WATCH.md, the watcher's peak memory). Should
    /// the read fail part way, what `take` got was reset in the kernel and must be counted.
    public func drain(_ take: ([TrackedConnection]) -> Void) throws {
        let operation = "dump and reset the conntrack counters"
        let seq = socket.nextSequence()
        var writer = NetlinkWriter(capacity: 64)
        let start = writer.beginMessage(type: sluice_nfnl_type(NetlinkConstants.subsysConntrack,
                                                               UInt16(IPCTNL_MSG_CT_GET_CTRZERO.rawValue)),
                                        flags: NetlinkConstants.flagRequest | NetlinkConstants.flagDump, seq: seq,
                                        family: UInt8(AF_UNSPEC))
        writer.endMessage(start)
        try writer.withUnsafeBytes { try socket.send($0, operation) }
        var batch: [TrackedConnection] = []
        while true {
            guard let datagram = try socket.receive(operation) else { continue }
            batch.removeAll(keepingCapacity: true)
            defer { if !batch.isEmpty { take(batch) } }
            for message in NetlinkMessage.parse(datagram) where message.seq == seq {
                if message.type == NetlinkConstants.nlmsgDone { return }
                if let report = message.errorReport {
                    if report.errno == 0 { return }
                    throw KernelError.system(operation: operation, errno: report.errno)
                }
                // An entry dumped twice (the table was resized meanwhile) comes back with zero
                // counters the second time, since the first read reset them.
                if let connection = TrackedConnection(message) { batch.append(connection) }
            }
        }
    }

    /// Turns on what flow accounting needs in the namespace: per-connection byte counters
    /// (`nf_conntrack_acct`) and, if they were off, conntrack events. Returns what it changed, in
    /// words. Connections that began before accounting was on have no counters.
    public static func enableAccounting(namespace: NetworkNamespace = .current) throws -> [String] {
        try namespace.withEntered {
            var changed: [String] = []
            do throws(SystemError) {
                if try KernelSetting.read("net/netfilter/nf_conntrack_acct") != "1" {
                    try KernelSetting.write("1", to: "net/netfilter/nf_conntrack_acct")
                    changed.append("turned on conntrack accounting (net.netfilter.nf_conntrack_acct = 1)")
                }
                if try KernelSetting.read("net/netfilter/nf_conntrack_events") == "0" {
                    try KernelSetting.write("1", to: "net/netfilter/nf_conntrack_events")
                    changed.append("turned on conntrack events (net.netfilter.nf_conntrack_events = 1)")
                }
            } catch {
                throw KernelError(error)
            }
            return changed
        }
    }
}
