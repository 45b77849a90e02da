import SluiceLanguage

/// A DNS answer as the queue hands it over: the whole IP packet. Finds the sender and the DNS
/// message in it: UDP from port 53, or a TCP segment from port 53 whose payload is exactly one
/// length-prefixed message (an answer split over segments, or several in one, is not read: it
/// passes without teaching anything). Nil for anything else.
public struct HeldAnswer: Hashable, Sendable {
    /// The server that sent the answer.
    public var server: IPAddress
    /// The DNS message, without the TCP length prefix.
    public var message: [UInt8]
    /// The port the answer goes to (the client's).
    public var destinationPort: UInt16

    /// Creates a held answer.
    public init(server: IPAddress, message: [UInt8], destinationPort: UInt16 = 0) {
        self.server = server
        self.message = message
        self.destinationPort = destinationPort
    }

    /// Reads the answer out of an IPv4 or IPv6 packet.
    public init?(packet: [UInt8]) {
        guard let first = packet.first else { return nil }
        let server: IPAddress
        let proto: UInt8
        let transport: Int
        switch first >> 4 {
        case 4:
            let headerLength = Int(first & 0x0F) * 4
            // A fragment (more fragments, or an offset) is not a whole answer.
            guard headerLength >= 20, packet.count >= headerLength,
                  (UInt16(packet[6]) << 8 | UInt16(packet[7])) & 0x3FFF == 0,
                  let source = IPAddress(bytes: packet[12..<16]) else { return nil }
            server = source
            proto = packet[9]
            transport = headerLength
        case 6:
            // Extension headers are not walked: DNS answers do not carry them.
            guard packet.count >= 40, let source = IPAddress(bytes: packet[8..<24]) else { return nil }
            server = source
            proto = packet[6]
            transport = 40
        default:
            return nil
        }
        guard let message = Self.message(packet, proto: proto, at: transport) else { return nil }
        // Both transports have the destination port at bytes 2-3; `message` checked the length.
        self.init(server: server.unmapped, message: message,
                  destinationPort: UInt16(packet[transport + 2]) << 8 | UInt16(packet[transport + 3]))
    }

    private static func message(_ packet: [UInt8], proto: UInt8, at offset: Int) -> [UInt8]? {
        func u16(_ i: Int) -> Int { Int(packet[i]) << 8 | Int(packet[i + 1]) }
        switch proto {
        case 17:
            guard packet.count >= offset + 8, u16(offset) == 53 else { return nil }
            let length = u16(offset + 4)
            guard length >= 8, offset + length <= packet.count else { return nil }
            return Array(packet[(offset + 8)..<(offset + length)])
        case 6:
            guard packet.count >= offset + 20, u16(offset) == 53 else { return nil }
            let dataOffset = Int(packet[offset + 12] >> 4) * 4
            let payload = offset + dataOffset
            guard dataOffset >= 20, payload + 2 <= packet.count else { return nil }
            let length = u16(payload)
            guard payload + 2 + length == packet.count else { return nil }
            return Array(packet[(payload + 2)...].prefix(length))
        default:
            return nil
        }
    }
}
