import SluiceCompiler

/// One hour of one kind of egress flow: a host's bytes, packets and connections to one destination,
/// protocol and port, with the verdict. The watcher writes what it counted since its last flush, and
/// the store adds it to what it holds.
public struct FlowRollup: Hashable, Sendable {
    /// The Sluice table.
    public var table: String
    /// Unix seconds (UTC) of the hour's start.
    public var hour: Int64
    /// The sending host: a canonical address, or `self`.
    public var host: String
    /// The destination address, canonical.
    public var destination: String
    /// The IP protocol number (6 TCP, 17 UDP, 1 ICMP, 58 ICMPv6, ...).
    public var transport: UInt8
    /// The destination port for TCP and UDP (and the like), 0 for protocols without ports.
    public var port: UInt16
    public var verdict: FlowVerdict
    /// Bytes the host sent (the original direction, as the kernel counts them at the IP layer).
    public var bytes: UInt64
    public var packets: UInt64
    /// Connections (conntrack entries) that ended or were read in the hour.
    public var flows: UInt64

    /// Creates a rollup.
    public init(table: String, hour: Int64, host: String, destination: String, transport: UInt8, port: UInt16,
                verdict: FlowVerdict, bytes: UInt64, packets: UInt64, flows: UInt64) {
        self.table = table
        self.hour = hour
        self.host = host
        self.destination = destination
        self.transport = transport
        self.port = port
        self.verdict = verdict
        self.bytes = bytes
        self.packets = packets
        self.flows = flows
    }
}
