import SluiceCompiler

/// One stored flow rollup as a report reads it: hosts and destinations by their endpoint id
/// (`SluiceStore.endpointNames()`), so that a scan of a million rows makes no strings.
public struct FlowRow: Hashable, Sendable {
    /// Unix seconds (UTC) of the hour's start.
    public var hour: Int64
    /// The sending host's endpoint id.
    public var host: Int64
    /// The destination's endpoint id.
    public var destination: Int64
    /// The IP protocol number.
    public var transport: UInt8
    /// The destination port, 0 for protocols without ports.
    public var port: UInt16
    public var verdict: FlowVerdict
    public var bytes: UInt64
    public var packets: UInt64
    public var flows: UInt64

    /// Creates a row.
    public init(hour: Int64, host: Int64, destination: Int64, transport: UInt8, port: UInt16, verdict: FlowVerdict,
                bytes: UInt64, packets: UInt64, flows: UInt64) {
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
