import Testing
@testable import SluiceLanguage

/// Destinations by DNS name (`destination pypi "pypi.org", "*.example.net"`), the `dns` settings
/// and `expect ... to "NAME"`.
@Suite struct DNSNameLanguageTests {
    static let dnsHeader = """
        policy t {
          mode gateway
          egress "wan0"
          management soc
          dns 192.0.2.53, 2001:db8::53
        }
        group soc 10.0.0.0/28

        """

    @Test("names and addresses mix; names are lowercased, a trailing dot dropped, repeats merged, sorted")
    func namesAndAddresses() throws {
        let result = load(Self.dnsHeader + """
            destination pypi "PyPI.org.", "*.Example.NET", 192.0.2.0/24, "pypi.org", "xn--bcher-kva.example"
            allow soc to pypi on tcp/443
            """)
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
        let destination = try #require(result.policy?.destination(named: "pypi"))
        #expect(destination.names.map(\.text) == ["*.example.net", "pypi.org", "xn--bcher-kva.example"])
        #expect(destination.addresses.map(\.description) == ["192.0.2.0/24"])
        let dns = try #require(result.policy?.dns)
        #expect(dns.servers.map(\.description) == ["192.0.2.53", "2001:db8::53"])
        #expect(dns.ttlFloor == 60 && dns.addressesPerName == 256)
    }

    @Test("a pattern matches one or more labels below its suffix, never the suffix itself")
    func patternMatching() throws {
        let pattern = try #require(DomainPattern("*.example.net"))
        #expect(pattern.matches("a.example.net"))
        #expect(pattern.matches("a.b.example.net"))
        #expect(!pattern.matches("example.net"))
        #expect(!pattern.matches("badexample.net"))
        #expect(!pattern.matches("a.example.net.evil"))
        let exact = try #require(DomainPattern("pypi.org"))
        #expect(exact.matches("pypi.org") && !exact.matches("www.pypi.org"))
    }

    @Test(arguments: [
        "", ".", "a..b", ".example.net", "ex ample.net", "exa_mple.net", "-a.example.net", "a-.example.net",
        "www.*.example.net", "a*.example.net", "*.net", "*", "bücher.example", "192.0.2.1", "example.123",
        String(repeating: "a", count: 64) + ".example", String(repeating: "abcdefghi.", count: 26) + "net",
    ])
    func refusedNames(_ name: String) {
        let result = load(Self.dnsHeader + "destination d \"\(name)\"\nallow soc to d\n")
        #expect(ids(result) == [.badDNSName], "\(name): \(rendered(result))")
    }

    @Test("the longest name (253 characters) and label (63) are accepted")
    func limits() {
        let label = String(repeating: "a", count: 63)
        let name = [label, label, label, String(repeating: "b", count: 61)].joined(separator: ".")
        #expect(name.utf8.count == 253)
        let result = load(Self.dnsHeader + "destination d \"\(name)\"\nallow soc to d\n")
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
    }

    @Test("the error points at the quoted name and suggests the fix")
    func located() throws {
        let result = load(Self.dnsHeader + "destination d \"bücher.example\"\nallow soc to d\n")
        let d = try #require(result.diagnostics.first)
        #expect(d.location.line == 8 && d.location.column == 15)
        #expect(d.notes.contains { $0.message.contains("IDNA") })
    }

    @Test("an unquoted name in a destination says to quote it")
    func unquoted() throws {
        let result = load(Self.dnsHeader + "destination d pypi.org\nallow soc to d\n")
        #expect(ids(result) == [.badAddress])
        #expect(result.diagnostics.first?.notes.contains { $0.message.contains("\"pypi.org\"") } == true)
    }

    @Test("a group takes no names")
    func groupsTakeNoNames() {
        let result = load(Self.dnsHeader + "group lab \"pypi.org\"\nallow lab to any\n")
        #expect(ids(result) == [.syntaxError], "\(rendered(result))")
    }

    @Test("dns ttl and addresses per name; each form is its own setting")
    func settings() throws {
        let result = load("""
            policy t {
              egress "wan0"
              dns 192.0.2.53
              dns ttl at least 0s
              dns addresses per name 32
            }
            """)
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
        #expect(result.policy?.dns == DNSSettings(servers: [try #require(IPAddress("192.0.2.53"))], ttlFloor: 0,
                                                 addressesPerName: 32))
    }

    @Test(arguments: [
        ("dns ttl at least 2d", DiagnosticID.badDNSLimit),
        ("dns addresses per name 65537", .badDNSLimit),
        ("dns addresses per name many", .badDNSLimit),
        ("dns ttl 60s", .syntaxError),
        ("dns 192.0.2.0/24", .badAddress),
        ("dns resolver", .badAddress),
        ("dns 192.0.2.53\n  dns 192.0.2.54", .duplicateSetting),
    ])
    func badSettings(_ line: String, _ id: DiagnosticID) {
        let result = load("policy t {\n  egress \"wan0\"\n  \(line)\n}\n")
        #expect(ids(result) == [id], "\(line): \(rendered(result))")
    }

    @Test("a destination of names is not empty, and an allow of it is shadowed only by one of every address")
    func namesAreNotEmpty() {
        let result = load(Self.dnsHeader + """
            destination pypi "pypi.org"
            destination mirror 192.0.2.0/24
            allow soc to 192.0.2.0/24
            allow soc to pypi, mirror
            allow soc to any
            allow soc to pypi
            """)
        #expect(ids(result) == [.shadowedAllow], "\(rendered(result))")
        #expect(result.diagnostics.first?.location.line == 13)
    }

    @Test("dns is not reserved: a group may still be called dns")
    func dnsUnreserved() {
        let result = load(gatewayHeader + "group dns 10.9.0.0/16\nallow dns to 192.0.2.53 on udp/53\n")
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
    }

    @Test("names without dns servers are an error at the first name of each destination")
    func namesNeedServers() throws {
        let header = gatewayHeader.replacingOccurrences(of: "allow soc to any\n", with: "")
        let result = load(header + "destination a \"a.example\"\ndestination b 192.0.2.1, \"b.example\"\nallow soc to a, b\n")
        #expect(ids(result) == [.dnsWithoutServers, .dnsWithoutServers])
        #expect(result.diagnostics.map(\.location.column) == [15, 26])
    }

    @Test("expect lines may name a destination by DNS name, not by pattern")
    func expectByName() throws {
        let result = load(Self.dnsHeader + """
            destination pypi "pypi.org"
            allow soc to pypi on tcp/443
            expect allow 10.0.0.1 to "PyPI.org" on tcp/443
            expect deny self to "other.example"
            """.replacingOccurrences(of: "self", with: "2001:db8::9"))
        let expectations = try #require(result.policy?.expectations)
        #expect(expectations.map { $0.name?.text } == ["pypi.org", "other.example"])
        #expect(expectations.map(\.destination.family) == [.ipv4, .ipv6])
        let pattern = load(Self.dnsHeader + "expect deny 10.0.0.1 to \"*.example.net\"\n")
        #expect(ids(pattern) == [.badDNSName])
    }
}
