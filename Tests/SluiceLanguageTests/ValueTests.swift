import Testing
@testable import SluiceLanguage

/// Values: sizes, durations, rates, ports and addresses as the parser reads them.
@Suite struct ValueTests {
    /// The bytes of `quota soc SIZE per day per host`, or the diagnostics.
    func quotaBytes(_ size: String) -> (UInt64?, [DiagnosticID]) {
        let result = load(gatewayHeader + "quota soc \(size) per day per host\n")
        return (result.policy?.quotas.first?.spec.bytes, ids(result))
    }

    @Test(arguments: [
        ("1 B", UInt64(1)), ("2 GiB", 2_147_483_648), ("2GiB", 2_147_483_648), ("1.5 GiB", 1_610_612_736),
        ("1.5GiB", 1_610_612_736), ("500 MiB", 524_288_000), ("20 TiB", 21_990_232_555_520),
        ("3 KB", 3000), ("1 MB", 1_000_000), ("2 GB", 2_000_000_000), ("1 TB", 1_000_000_000_000),
        ("1 KiB", 1024), ("0.5 B", 1), ("1.0004 KB", 1000), ("1.0005 KB", 1001), ("0.001 KiB", 1),
        ("9223372036854775807 B", 9_223_372_036_854_775_807), ("8388607 TiB", 9_223_370_937_343_148_032),
    ])
    func sizes(_ text: String, _ bytes: UInt64) {
        let (value, diagnostics) = quotaBytes(text)
        #expect(diagnostics.isEmpty, "\(text): \(diagnostics)")
        #expect(value == bytes, "\(text)")
    }

    @Test(arguments: [
        ("0 B", DiagnosticID.zeroSize), ("0.4 B", .zeroSize), ("2", .badSize), ("2 gib", .badSize),
        ("1.2.3 GiB", .badSize), ("99999999999 TiB", .badSize), ("2 GiB GiB", .syntaxError), ("1. GiB", .badSize),
        // The kernel's quotas hold at most 2^63 - 1 bytes (EOVERFLOW beyond): refused here, not at apply.
        ("9223372036854775808 B", .badSize), ("8388608 TiB", .badSize), ("18446744073709551615 B", .badSize),
        ("1e3 B", .badSize), ("2k GiB", .badSize),
    ])
    func badSizes(_ text: String, _ id: DiagnosticID) {
        let (_, diagnostics) = quotaBytes(text)
        #expect(diagnostics == [id], "\(text)")
    }

    func window(_ text: String) -> (UInt64?, [DiagnosticID]) {
        let result = load(gatewayHeader + "quota soc 1 GiB per \(text) total\n")
        return (result.policy?.quotas.first?.spec.window, ids(result))
    }

    @Test(arguments: [
        ("30s", UInt64(30)), ("5m", 300), ("24h", 86_400), ("30d", 2_592_000), ("2w", 1_209_600),
        ("hour", 3_600), ("day", 86_400), ("week", 604_800), ("30 d", 2_592_000), ("3650d", 315_360_000),
    ])
    func windows(_ text: String, _ seconds: UInt64) {
        let (value, diagnostics) = window(text)
        #expect(diagnostics.isEmpty, "\(text): \(diagnostics)")
        #expect(value == seconds, "\(text)")
    }

    @Test(arguments: [
        ("0s", DiagnosticID.windowTooShort), ("0d", .windowTooShort), ("1.5h", .badDuration), ("3y", .badDuration),
        ("minute", .badDuration), ("days", .badDuration), ("30", .badDuration), ("3651d", .badDuration),
        ("99999999999999999999w", .badDuration),
    ])
    func badWindows(_ text: String, _ id: DiagnosticID) {
        let (_, diagnostics) = window(text)
        #expect(diagnostics == [id], "\(text)")
    }

    @Test(arguments: [
        ("log denied", RateLimit.defaultLogRate), ("log denied 10/minute", RateLimit(count: 10, per: .minute)),
        ("log denied 1/hour", RateLimit(count: 1, per: .hour)), ("log denied 100/second", RateLimit(count: 100, per: .second)),
    ])
    func rates(_ line: String, _ rate: RateLimit) {
        let result = load("policy t { egress \"wan0\"\n \(line)\n}\n")
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
        #expect(result.policy?.logDenied == rate)
    }

    @Test func noLogLineMeansNoLogging() {
        let result = load("policy t { egress \"wan0\" }\n")
        #expect(result.policy?.logDenied == nil)
        #expect(result.policy?.mode == .gateway)
    }

    @Test(arguments: ["10/min", "10", "ten/second", "10/minute/x", "4294967296/second"])
    func badRates(_ rate: String) {
        let result = load("policy t { egress \"wan0\"\n log denied \(rate)\n}\n")
        #expect(ids(result) == [.badRate], "\(rate): \(rendered(result))")
    }

    @Test("port items, services and their normalization")
    func ports() throws {
        let result = load(gatewayHeader + """
            service mixed tcp/443, tcp/80, tcp/81, udp, icmpv6, icmp, tcp/1-65535
            service few tcp/22, tcp/443, udp/53, udp/54
            allow soc to 192.0.2.1 on few, tcp/8000-8080, icmp
            allow soc to 192.0.2.2 on mixed
            """)
        // Both allows are shadowed by `allow soc to any` in the header.
        #expect(ids(result) == [.shadowedAllow, .shadowedAllow], "\(rendered(result))")
        let policy = try #require(result.policy)
        #expect(policy.service(named: "mixed")?.ports == [PortSpec(.tcp), PortSpec(.udp), PortSpec(.icmp), PortSpec(.icmpv6)])
        #expect(policy.service(named: "few")?.ports
            == [PortSpec(.tcp, ports: 22...22), PortSpec(.tcp, ports: 443...443), PortSpec(.udp, ports: 53...54)])
        #expect(policy.allows[1].ports
            == .items([.service("few"), .port(PortSpec(.tcp, ports: 8000...8080)), .port(PortSpec(.icmp))]))
    }

    @Test(arguments: [
        ("tcp/0", DiagnosticID.portOutOfRange), ("udp/65536", .portOutOfRange), ("tcp/99999999999", .portOutOfRange),
        ("tcp/443-80", .badRange), ("tcp/", .badPort), ("tcp/http", .badPort), ("tpc/443", .badPort),
        ("icmp/8", .badPort), ("443", .badPort), ("tcp/1-", .badPort),
    ])
    func badPorts(_ item: String, _ id: DiagnosticID) {
        let result = load(gatewayHeader + "service s \(item)\nallow soc to 192.0.2.1 on s\n")
        #expect(ids(result) == [id], "\(item): \(rendered(result))")
    }

    @Test("addresses: IPv4, IPv6, prefixes and ranges are normalized")
    func addresses() throws {
        let result = load(gatewayHeader + """
            group lab 10.1.0.0/24, 10.1.1.0/24, 10.1.0.7, 2001:DB8:0:0::/64, 64:ff9b::192.0.2.1, 10.9.0.1-10.9.0.3
            allow lab to 0.0.0.0/0, ::/0 on tcp/22
            """)
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
        let lab = try #require(result.policy?.group(named: "lab"))
        #expect(lab.addresses.map(\.description)
            == ["10.1.0.0/23", "10.9.0.1-10.9.0.3", "64:ff9b::c000:201", "2001:db8::/64"])
    }

    @Test(arguments: [
        ("10.0.0.256", DiagnosticID.badAddress), ("10.0.0", .badAddress), ("010.0.0.1", .badAddress),
        ("10.0.0.0/33", .badAddress), ("2001:db8::/129", .badAddress), ("2001:db8:::1", .badAddress),
        ("10.0.0.1/8", .hostBitsSet), ("2001:db8::1/32", .hostBitsSet), ("10.0.0.9-10.0.0.1", .badRange),
        ("10.0.0.1-2001:db8::1", .badRange), ("10.0.0.1-", .badRange), ("mirror.example.org", .badAddress),
        ("10.0.0.0/8-10.1.0.0", .badAddress), ("10.0.0.0/", .badAddress),
    ])
    func badAddresses(_ item: String, _ id: DiagnosticID) {
        let result = load(gatewayHeader + "destination d \(item)\nallow soc to d on tcp/22\n")
        #expect(ids(result) == [id], "\(item): \(rendered(result))")
    }

    @Test("host bits: the help names the network address")
    func hostBitsHelp() throws {
        let result = load(gatewayHeader + "group g 10.20.0.5/16\n")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.notes.map(\.message) == ["use 10.20.0.0/16"])
    }
}
