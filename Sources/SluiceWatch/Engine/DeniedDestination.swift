import SluiceLanguage

/// Where a denied packet was going.
public struct DeniedDestination: Hashable, Sendable {
    /// The destination address, when the log carried it.
    public var address: IPAddress?
    /// The IP protocol number.
    public var transport: UInt8?
    /// The TCP or UDP port.
    public var port: UInt16?

    /// Creates a destination.
    public init(address: IPAddress?, transport: UInt8?, port: UInt16?) {
        self.address = address
        self.transport = transport
        self.port = port
    }

    /// `tcp`, `udp`, `icmp`, `icmpv6`, or the protocol number.
    public var protocolName: String? {
        guard let transport else { return nil }
        switch transport {
        case 6: return "tcp"
        case 17: return "udp"
        case 1: return "icmp"
        case 58: return "icmpv6"
        default: return String(transport)
        }
    }

    /// The JSON object of the destination.
    var json: JSONText {
        var j = JSONText()
        if let address { j.add("address", address.description) }
        if let protocolName { j.add("protocol", protocolName) }
        if let port { j.add("port", port) }
        return j
    }
}
