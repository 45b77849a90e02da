import Testing
@testable import SluiceLanguage

/// The byte-level address parser must accept exactly what `IPAddress(_:)` accepts.
@Suite struct AddressParserTests {
    static let samples = [
        "0.0.0.0", "255.255.255.255", "192.0.2.1", "10.0.0.256", "01.2.3.4", "1.2.3", "1.2.3.4.5", "1..2.3",
        "1.2.3.4.", "", ".", "::", "::1", "1::", "2001:db8::1", "2001:DB8:0:0:0:0:0:1", "1:2:3:4:5:6:7:8",
        "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::", "::1:2:3:4:5:6:7", "::1:2:3:4:5:6:7:8", "1::2::3", ":::",
        ":1::", "1:", ":1", "::ffff:192.0.2.1", "64:ff9b::192.0.2.33", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4",
        "::1.2.3", "::1.2.3.4:5", "12345::", "g::1", "fe80::1%eth0", "::ffff:1a.2.3.4", "1:2:3:4:5:6::1.2.3.4",
        "00001::", "0:0:0:0:0:0:0:0", "abcd:ef01:2345:6789:abcd:ef01:2345:6789", "1.2.3.04", "1.2.3.-4",
    ]

    @Test(arguments: samples)
    func agreesWithModel(_ text: String) {
        #expect(AddressParser.parse(text) == IPAddress(text), "\(text)")
    }

    @Test("IPv4 text is the dotted quad, and reads back as the same address")
    func ipv4TextRoundTrips() {
        var random = SeededRandom(seed: 7)
        let edges: [UInt32] = [0, 1, 9, 10, 99, 100, 255, 256, 0x0a00_0001, 0xc000_0264, 0xffff_ffff]
        for value in edges + (0..<2000).map({ _ in UInt32(random.next(upTo: Int(UInt32.max))) }) {
            let address = IPAddress(family: .ipv4, value: UInt128(value))
            let expected = "\(value >> 24).\((value >> 16) & 0xff).\((value >> 8) & 0xff).\(value & 0xff)"
            #expect(address.description == expected)
            #expect(IPAddress(address.description) == address)
        }
    }

    /// An independent reading of dotted-quad IPv4 (split into parts), since `IPAddress(_:)` reads
    /// IPv4 with `AddressParser` itself: four parts of 1-3 digits, at most 255, no leading zeros.
    static func referenceV4(_ text: String) -> IPAddress? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var value: UInt32 = 0
        for part in parts {
            guard (1...3).contains(part.count), part.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  !(part.count > 1 && part.first == "0"), let n = UInt32(part), n <= 255 else { return nil }
            value = value << 8 | n
        }
        return IPAddress(family: .ipv4, value: UInt128(value))
    }

    @Test("IPv4 text is read as the independent reference reads it")
    func ipv4AgreesWithTheReference() {
        var random = SeededRandom(seed: 11)
        let alphabet = Array("0123456789..")
        for text in Self.samples.filter({ !$0.contains(":") }) + (0..<5000).map({ _ in
            String((0..<random.next(upTo: 18)).map { _ in alphabet[random.next(upTo: alphabet.count)] })
        }) {
            #expect(IPAddress(text) == Self.referenceV4(text), "\(text)")
        }
    }

    @Test("random strings over the address alphabet agree with the model")
    func randomAgreement() {
        var random = SeededRandom(seed: 42)
        let alphabet = Array("0123456789abcdefABCDEF:.:")
        for _ in 0..<5000 {
            let length = random.next(upTo: 20)
            let text = String((0..<length).map { _ in alphabet[random.next(upTo: alphabet.count)] })
            #expect(AddressParser.parse(text) == IPAddress(text), "\(text)")
        }
    }
}

/// IPv4-mapped IPv6 addresses (`::ffff:10.1.0.21`) stand for IPv4 hosts, whose packets are IPv4:
/// in a policy they would name set elements and expectations that never match, so every place
/// an address is written refuses them, with the IPv4 form to write instead.
@Suite struct IPv4MappedAddressTests {
    @Test(arguments: [
        ("group g ::ffff:10.1.0.21", "write the IPv4 form: 10.1.0.21"),
        ("group g ::ffff:10.1.0.0/120", "write the IPv4 form: 10.1.0.0-10.1.0.255"),
        ("group g ::ffff:10.1.0.1-::ffff:10.1.0.9", "write the IPv4 form: 10.1.0.1-10.1.0.9"),
        ("destination d ::ffff:192.0.2.10", "write the IPv4 form: 192.0.2.10"),
        ("group g ::ffff:0.0.0.0/96", "write the IPv4 form: 0.0.0.0-255.255.255.255"),
    ])
    func refusedWherever(line: String, help: String) throws {
        let source = """
            policy p {
              mode gateway
              egress "wan0"
            }
            \(line)
            """
        let result = PolicyLoader(fileSystem: InMemoryFileSystem(["p.sluice": source])).load(path: "p.sluice")
        let found = result.diagnostics.first { $0.id == .ipv4Mapped }
        #expect(found?.location.line == 5, "\(result.diagnostics.map(\.message))")
        #expect(found?.notes.contains { $0.message == help } == true, "\(found?.notes.map(\.message) ?? [])")
    }

    @Test func aWiderRangeThatIncludesTheMappedBlockIsFine() {
        let source = """
            policy p {
              mode gateway
              egress "wan0"
            }
            group g fd00::/64
            destination everywhere ::/0
            allow g to everywhere on tcp/443
            """
        let result = PolicyLoader(fileSystem: InMemoryFileSystem(["p.sluice": source])).load(path: "p.sluice")
        #expect(!result.diagnostics.contains { $0.id == .ipv4Mapped }, "\(result.diagnostics.map(\.message))")
    }

    @Test func anExpectLineWithAMappedAddressIsRefusedToo() {
        let source = """
            policy p {
              mode gateway
              egress "wan0"
            }
            group g 10.1.0.0/24
            allow g to 192.0.2.0/24
            expect allow ::ffff:10.1.0.5 to ::ffff:192.0.2.10 on tcp/443
            """
        let result = PolicyLoader(fileSystem: InMemoryFileSystem(["p.sluice": source])).load(path: "p.sluice")
        #expect(result.diagnostics.filter { $0.id == .ipv4Mapped }.count == 2, "\(result.diagnostics.map(\.message))")
    }
}
