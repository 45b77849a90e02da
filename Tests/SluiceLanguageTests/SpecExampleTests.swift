import Testing
@testable import SluiceLanguage

/// The complete example of the language reference, parsed into the expected `Policy`.
@Suite struct SpecExampleTests {
    static let example = """
    # policies/hpc-center.sluice: border gateway of a supercomputing center

    policy hpc-center {
      mode gateway                 # filter traffic routed through this machine
      egress "wan0", "wan1"        # interfaces that lead out of the site
      management soc               # containment never cuts this group off
      log denied 10/minute         # log dropped egress, rate-limited
    }

    include "common/services.sluice"

    group compute   10.20.0.0/16
    group login     10.10.1.0/24, 10.10.2.5, 2001:db8:10::/64
    group dtn       10.30.0.10-10.30.0.19
    group soc       10.0.0.0/28

    destination mirrors   192.0.2.0/26, 2001:db8:100::/48
    destination timeserv  192.0.2.123
    destination partners  198.51.100.0/24

    service web      tcp/80, tcp/443
    service ntp      udp/123
    service gridftp  tcp/2811, tcp/50000-51000

    allow compute, login to mirrors on web
    allow any to timeserv on ntp
    allow dtn to partners on gridftp quota 20 TiB per 30d per host
    allow soc to any

    quota compute 2 GiB per day per host
    quota login   500 MiB per hour per host
    quota compute 200 GiB per day total

    on exceed compute, login {
      isolate for 24h
      alert log, exec "/usr/local/libexec/page-oncall"
    }
    on exceed dtn {
      block for 6h
      alert log
    }

    expect allow 10.20.3.4 to 192.0.2.10 on tcp/443
    expect deny  10.20.3.4 to 203.0.113.9 on tcp/443
    expect deny  10.99.0.1 to 192.0.2.10 on tcp/443
    """

    /// The included file: a resolver that the example's expect lines do not need.
    static let services = """
    # common services of the site
    destination resolvers 192.0.2.53
    service dns udp/53, tcp/53
    allow any to resolvers on dns
    """

    static func loadExample() -> PolicyLoadResult {
        let fs = InMemoryFileSystem([
            "policies/hpc-center.sluice": example,
            "policies/common/services.sluice": services,
        ])
        return PolicyLoader(fileSystem: fs).load(path: "policies/hpc-center.sluice")
    }

    static func range(_ text: String) -> AddressRange {
        guard let r = AddressRange(parsing: text) else { fatalError("bad test range \(text)") }
        return r
    }

    @Test func loadsWithoutDiagnostics() throws {
        let result = Self.loadExample()
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
        let policy = try #require(result.policy)
        #expect(policy.name == "hpc-center")
        #expect(policy.mode == .gateway)
        #expect(policy.egressInterfaces == ["wan0", "wan1"])
        #expect(policy.management == "soc")
        #expect(policy.logDenied == RateLimit(count: 10, per: .minute))
        #expect(policy.location == SourceLocation(file: "policies/hpc-center.sluice", line: 3, column: 1, length: 6))
        #expect(result.sources.map(\.path) == ["policies/hpc-center.sluice", "policies/common/services.sluice"])
        #expect(policy.sources == result.sources)
    }

    @Test func groupsAndDestinations() throws {
        let policy = try #require(Self.loadExample().policy)
        #expect(policy.groups.map(\.name) == ["compute", "login", "dtn", "soc"])
        #expect(policy.group(named: "compute")?.addresses == [Self.range("10.20.0.0/16")])
        #expect(policy.group(named: "login")?.addresses
            == [Self.range("10.10.1.0/24"), Self.range("10.10.2.5"), Self.range("2001:db8:10::/64")])
        #expect(policy.group(named: "dtn")?.addresses == [Self.range("10.30.0.10-10.30.0.19")])
        #expect(policy.groups.allSatisfy { !$0.isSelf })
        // The include is spliced in where it stands, before the groups of the root file.
        #expect(policy.destinations.map(\.name) == ["resolvers", "mirrors", "timeserv", "partners"])
        #expect(policy.destination(named: "mirrors")?.addresses
            == [Self.range("192.0.2.0/26"), Self.range("2001:db8:100::/48")])
        #expect(policy.service(named: "gridftp")?.ports
            == [PortSpec(.tcp, ports: 2811...2811), PortSpec(.tcp, ports: 50000...51000)])
        #expect(policy.service(named: "dns")?.ports == [PortSpec(.tcp, ports: 53...53), PortSpec(.udp, ports: 53...53)])
        #expect(policy.group(named: "compute")?.location.line == 12)
    }

    @Test func allows() throws {
        let policy = try #require(Self.loadExample().policy)
        #expect(policy.allows.count == 5)
        let first = policy.allows[1]
        #expect(first.sources == .groups(["compute", "login"]))
        #expect(first.targets == .items([.destination("mirrors")]))
        #expect(first.ports == .items([.service("web")]))
        #expect(first.quota == nil)
        #expect(first.location == SourceLocation(file: "policies/hpc-center.sluice", line: 25, column: 1, length: 5))
        #expect(policy.allows[2].sources == .any)
        let dtn = policy.allows[3]
        #expect(dtn.quota == QuotaSpec(bytes: 20 * 1_099_511_627_776, window: 2_592_000, scope: .perHost))
        #expect(policy.allows[4].targets == .any)
        #expect(policy.allows[4].ports == .any)
        #expect(policy.allows[0].location.file == "policies/common/services.sluice")
    }

    @Test func quotas() throws {
        let policy = try #require(Self.loadExample().policy)
        #expect(policy.quotas.map(\.spec) == [
            QuotaSpec(bytes: 2_147_483_648, window: 86_400, scope: .perHost),
            QuotaSpec(bytes: 500 * 1_048_576, window: 3_600, scope: .perHost),
            QuotaSpec(bytes: 200 * 1_073_741_824, window: 86_400, scope: .total),
        ])
        #expect(policy.quotas.map(\.sources) == [.groups(["compute"]), .groups(["login"]), .groups(["compute"])])
        #expect(policy.quotas[0].location.line == 30)
    }

    @Test func exceedRulesAndExpectations() throws {
        let policy = try #require(Self.loadExample().policy)
        #expect(policy.exceedRules.count == 2)
        #expect(policy.exceedRules[0].sources == .groups(["compute", "login"]))
        #expect(policy.exceedRules[0].actions == [
            .isolate(seconds: 86_400), .alert([.log, .exec(path: "/usr/local/libexec/page-oncall")]),
        ])
        #expect(policy.exceedRules[1].actions == [.block(seconds: 21_600), .alert([.log])])
        #expect(policy.expectations.count == 3)
        let first = policy.expectations[0]
        #expect(first.verdict == .allow)
        #expect(first.source == .address(try #require(IPAddress("10.20.3.4"))))
        #expect(first.destination == IPAddress("192.0.2.10"))
        #expect(first.port == .port(PortSpec(.tcp, ports: 443...443)))
        #expect(policy.expectations[2].verdict == .deny)
        #expect(policy.expectations[2].location.line == 45)
    }

    @Test func sameInputSamePolicy() {
        let a = Self.loadExample(), b = Self.loadExample()
        #expect(a.policy == b.policy)
        #expect(a.diagnostics == b.diagnostics)
    }
}
