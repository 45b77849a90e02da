/// One hour of denied egress attempts of one host to one destination, protocol and port, as the
/// `log denied` NFLOG copy shows them (rate-limited, so a lower bound).
public struct DeniedRollup: Hashable, Sendable {
    /// The Sluice table.
    public var table: String
    /// Unix seconds (UTC) of the hour's start.
    public var hour: Int64
    /// The sending host: a canonical address, or `self`.
    public var host: String
    /// The destination address, canonical.
    public var destination: String
    /// The IP protocol number.
    public var transport: UInt8
    /// The destination port, 0 for protocols without ports.
    public var port: UInt16
    public var attempts: UInt64

    /// Creates a rollup.
    public init(table: String, hour: Int64, host: String, destination: String, transport: UInt8, port: UInt16,
                attempts: UInt64) {
        self.table = table
        self.hour = hour
        self.host = host
        self.destination = destination
        self.transport = transport
        self.port = port
        self.attempts = attempts
    }
}
