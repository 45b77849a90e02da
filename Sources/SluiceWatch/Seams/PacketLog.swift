import SluiceLanguage

/// One packet the ruleset sent to NFLOG: an over-quota host (`sluice-quota TABLE QUOTA`) or a
/// denied egress attempt (`sluice-deny TABLE`).
public struct PacketLog: Hashable, Sendable {
    /// The log prefix, without the trailing NUL.
    public var prefix: String
    /// The NFLOG group it arrived on.
    public var group: UInt16
    /// The packet's source address.
    public var source: IPAddress?
    /// The packet's destination address.
    public var destination: IPAddress?
    /// The IP protocol number (6 TCP, 17 UDP, 1 ICMP, 58 ICMPv6).
    public var transport: UInt8?
    /// The TCP or UDP destination port.
    public var destinationPort: UInt16?
    /// The uid of the packet's socket, when the kernel knew one (host mode).
    public var uid: UInt32?

    /// Creates a logged packet.
    public init(prefix: String, group: UInt16, source: IPAddress?, destination: IPAddress? = nil,
                transport: UInt8? = nil, destinationPort: UInt16? = nil, uid: UInt32? = nil) {
        self.uid = uid
        self.prefix = prefix
        self.group = group
        self.source = source
        self.destination = destination
        self.transport = transport
        self.destinationPort = destinationPort
    }
}
