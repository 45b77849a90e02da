import Testing
import SluiceLanguage
@testable import SluiceWatch

/// Finding the server and the DNS message in a queued IP packet.
@Suite struct HeldAnswerTests {
    static let message: [UInt8] = {
        var m = DNSMessageBuilder(question: "pypi.org")
        m.a("pypi.org", [192, 0, 2, 7])
        return m.bytes
    }()

    static func udp(_ payload: [UInt8], sourcePort: UInt16 = 53) -> [UInt8] {
        DNSMessageBuilder.u16(sourcePort) + DNSMessageBuilder.u16(40_000)
            + DNSMessageBuilder.u16(UInt16(8 + payload.count)) + [0, 0] + payload
    }

    static func tcp(_ payload: [UInt8]) -> [UInt8] {
        DNSMessageBuilder.u16(53) + DNSMessageBuilder.u16(40_000) + [0, 0, 0, 1, 0, 0, 0, 1] + [0x50, 0x18]
            + [0xFF, 0xFF, 0, 0, 0, 0] + payload
    }

    static func ipv4(_ proto: UInt8, _ transport: [UInt8], flags: [UInt8] = [0x40, 0]) -> [UInt8] {
        [0x45, 0] + DNSMessageBuilder.u16(UInt16(20 + transport.count)) + [0, 1] + flags + [64, proto, 0, 0]
            + [192, 0, 2, 53] + [10, 20, 0, 5] + transport
    }

    static func ipv6(_ proto: UInt8, _ transport: [UInt8]) -> [UInt8] {
        [0x60, 0, 0, 0] + DNSMessageBuilder.u16(UInt16(transport.count)) + [proto, 64]
            + [0x20, 0x01, 0x0d, 0xb8] + [UInt8](repeating: 0, count: 10) + [0, 0x53]
            + [0xfd, 0] + [UInt8](repeating: 0, count: 13) + [5] + transport
    }

    @Test("UDP over IPv4 and IPv6, and one whole message over TCP")
    func found() throws {
        let v4 = try #require(HeldAnswer(packet: Self.ipv4(17, Self.udp(Self.message))))
        #expect(v4.server.description == "192.0.2.53" && v4.message == Self.message)
        let v6 = try #require(HeldAnswer(packet: Self.ipv6(17, Self.udp(Self.message))))
        #expect(v6.server.description == "2001:db8::53" && v6.message == Self.message)
        let prefixed = DNSMessageBuilder.u16(UInt16(Self.message.count)) + Self.message
        let tcp = try #require(HeldAnswer(packet: Self.ipv4(6, Self.tcp(prefixed))))
        #expect(tcp.message == Self.message)
    }

    @Test("fragments, other ports and protocols, partial TCP messages and short packets are not read")
    func refused() {
        let prefixed = DNSMessageBuilder.u16(UInt16(Self.message.count)) + Self.message
        let cases: [(String, [UInt8])] = [
            ("first fragment", Self.ipv4(17, Self.udp(Self.message), flags: [0x20, 0])),
            ("later fragment", Self.ipv4(17, Self.udp(Self.message), flags: [0, 8])),
            ("not from port 53", Self.ipv4(17, Self.udp(Self.message, sourcePort: 5353))),
            ("ICMP", Self.ipv4(1, Self.udp(Self.message))),
            ("TCP, half a message", Self.ipv4(6, Self.tcp(Array(prefixed.dropLast(5))))),
            ("TCP, two messages", Self.ipv4(6, Self.tcp(prefixed + prefixed))),
            ("UDP length past the end", Array(Self.ipv4(17, Self.udp(Self.message)).dropLast(3))),
            ("short IPv6", Array(Self.ipv6(17, []).prefix(30))),
            ("empty", []),
        ]
        for (what, packet) in cases { #expect(HeldAnswer(packet: packet) == nil, "\(what)") }
    }

    @Test("seeded fuzz: mutated packets never crash")
    func fuzz() {
        let seeds = [Self.ipv4(17, Self.udp(Self.message)), Self.ipv6(6, Self.tcp([0, 3, 1, 2, 3]))]
        var random = XorShift(state: 0x2545_F491_4F6C_DD1D)
        func next() -> UInt64 { random.next() }
        for iteration in 0..<20_000 {
            var packet = seeds[iteration % 2]
            for _ in 0..<(1 + Int(next() % 6)) where !packet.isEmpty {
                let i = Int(next() % UInt64(packet.count))
                if next() % 4 == 0 { packet.removeSubrange(i...) } else { packet[i] = UInt8(truncatingIfNeeded: next()) }
            }
            if let held = HeldAnswer(packet: packet) { #expect(held.message.count <= packet.count) }
        }
    }
}
