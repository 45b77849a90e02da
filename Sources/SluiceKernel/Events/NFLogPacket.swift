import SluiceLanguage

/// One packet an nftables `log group N` statement sent to NFLOG, decoded from its first bytes.
public struct NFLogPacket: Hashable, Sendable {
    /// The NFLOG group it came on.
    public var group: UInt16
    /// The `log prefix`.
    public var prefix: String
    /// IPv4 or IPv6, from the packet's netfilter family.
    public var family: AddressFamily?
    /// The source address.
    public var source: IPAddress?
    /// The destination address.
    public var destination: IPAddress?
    /// The IP protocol (IPv6: the first next-header).
    public var transport: UInt8?
    /// TCP or UDP destination port, when the copied bytes reach it.
    public var destinationPort: UInt16?
    /// The packet's length from its IP header (what quotas count at the hook).
    public var length: Int
    /// The uid of the packet's socket (its file's fsuid), when it has one.
    public var uid: UInt32?

    /// Creates a packet record.
    public init(group: UInt16, prefix: String, family: AddressFamily? = nil, source: IPAddress? = nil,
                destination: IPAddress? = nil, transport: UInt8? = nil, destinationPort: UInt16? = nil, length: Int = 0) {
        self.group = group
        self.prefix = prefix
        self.family = family
        self.source = source
        self.destination = destination
        self.transport = transport
        self.destinationPort = destinationPort
        self.length = length
    }

    /// Reads the addresses, protocol, port and length from the copied network-layer bytes.
    mutating func decode(payload p: ArraySlice<UInt8>) {
        let s = p.startIndex
        func be16(_ o: Int) -> UInt16? { o + 2 <= p.count ? UInt16(p[s + o]) << 8 | UInt16(p[s + o + 1]) : nil }
        guard let first = p.first else { return }
        let version = first >> 4
        var transportOffset: Int?
        if version == 4, p.count >= 20 {
            family = .ipv4
            length = Int(be16(2) ?? 0)
            transport = p[s + 9]
            source = IPAddress(bytes: p[(s + 12)..<(s + 16)])
            destination = IPAddress(bytes: p[(s + 16)..<(s + 20)])
            let fragmentOffset = (be16(6) ?? 0) & 0x1fff
            if fragmentOffset == 0 { transportOffset = Int(first & 0x0f) * 4 }
        } else if version == 6, p.count >= 40 {
            family = .ipv6
            length = 40 + Int(be16(4) ?? 0)
            transport = p[s + 6]
            source = IPAddress(bytes: p[(s + 8)..<(s + 24)])
            destination = IPAddress(bytes: p[(s + 24)..<(s + 40)])
            transportOffset = 40
        }
        if let offset = transportOffset, transport == 6 || transport == 17 {
            destinationPort = be16(offset + 2)
        }
    }
}
