import SluiceLanguage

/// Policies built without the parser, for compiler tests that must not depend on the front end.
enum HandBuiltPolicies {
    static func loc(_ line: Int, _ column: Int = 1) -> SourceLocation {
        SourceLocation(file: "hand.sluice", line: line, column: column)
    }

    static func range(_ text: String) -> AddressRange {
        guard let r = AddressRange(parsing: text) else { fatalError("bad range \(text)") }
        return r
    }

    static func address(_ text: String) -> IPAddress {
        guard let a = IPAddress(text) else { fatalError("bad address \(text)") }
        return a
    }

    /// The spec's example, as the front end should produce it.
    static var hpc: Policy {
        Policy(
            name: "hpc-center", mode: .gateway, egressInterfaces: ["wan0", "wan1"], management: "soc",
            logDenied: RateLimit(count: 10, per: .minute),
            groups: [
                Group(name: "compute", addresses: [range("10.20.0.0/16")], location: loc(12)),
                Group(name: "login", addresses: [range("10.10.1.0/24"), range("10.10.2.5"), range("2001:db8:10::/64")],
                      location: loc(13)),
                Group(name: "dtn", addresses: [range("10.30.0.10-10.30.0.19")], location: loc(14)),
                Group(name: "soc", addresses: [range("10.0.0.0/28")], location: loc(15)),
            ],
            destinations: [
                Destination(name: "mirrors", addresses: [range("192.0.2.0/26"), range("2001:db8:100::/48")], location: loc(17)),
                Destination(name: "timeserv", addresses: [range("192.0.2.123")], location: loc(18)),
                Destination(name: "partners", addresses: [range("198.51.100.0/24")], location: loc(19)),
            ],
            services: [
                Service(name: "web", ports: [PortSpec(.tcp, ports: 80...80), PortSpec(.tcp, ports: 443...443)], location: loc(21)),
                Service(name: "ntp", ports: [PortSpec(.udp, ports: 123...123)], location: loc(22)),
                Service(name: "gridftp", ports: [PortSpec(.tcp, ports: 2811...2811), PortSpec(.tcp, ports: 50000...51000)],
                        location: loc(23)),
            ],
            allows: [
                AllowRule(sources: .groups(["compute", "login"]), targets: .items([.destination("mirrors")]),
                          ports: .items([.service("web")]), location: loc(25)),
                AllowRule(sources: .any, targets: .items([.destination("timeserv")]), ports: .items([.service("ntp")]),
                          location: loc(26)),
                AllowRule(sources: .groups(["dtn"]), targets: .items([.destination("partners")]),
                          ports: .items([.service("gridftp")]),
                          quota: QuotaSpec(bytes: 20 << 40, window: 30 * 86_400, scope: .perHost), location: loc(27)),
                AllowRule(sources: .groups(["soc"]), targets: .any, ports: .any, location: loc(28)),
            ],
            quotas: [
                QuotaRule(sources: .groups(["compute"]), spec: QuotaSpec(bytes: 2 << 30, window: 86_400, scope: .perHost),
                          location: loc(30)),
                QuotaRule(sources: .groups(["login"]), spec: QuotaSpec(bytes: 500 << 20, window: 3_600, scope: .perHost),
                          location: loc(31)),
                QuotaRule(sources: .groups(["compute"]), spec: QuotaSpec(bytes: 200 << 30, window: 86_400, scope: .total),
                          location: loc(32)),
            ],
            exceedRules: [
                ExceedRule(sources: .groups(["compute", "login"]),
                           actions: [.isolate(seconds: 86_400), .alert([.log, .exec(path: "/usr/local/libexec/page-oncall")])],
                           location: loc(34)),
                ExceedRule(sources: .groups(["dtn"]), actions: [.block(seconds: 6 * 3_600), .alert([.log])], location: loc(38)),
            ],
            expectations: [
                Expectation(verdict: .allow, source: .address(address("10.20.3.4")), destination: address("192.0.2.10"),
                            port: .port(PortSpec(.tcp, ports: 443...443)), location: loc(43)),
                Expectation(verdict: .deny, source: .address(address("10.20.3.4")), destination: address("203.0.113.9"),
                            port: .port(PortSpec(.tcp, ports: 443...443)), location: loc(44)),
                Expectation(verdict: .deny, source: .address(address("10.99.0.1")), destination: address("192.0.2.10"),
                            port: .port(PortSpec(.tcp, ports: 443...443)), location: loc(45)),
            ],
            location: loc(3))
    }

    /// A single login node in host mode.
    static var node: Policy {
        Policy(
            name: "login-node", mode: .host, management: "soc",
            groups: [
                Group(name: "self", addresses: [], isSelf: true, location: loc(1)),
                Group(name: "soc", addresses: [range("10.0.0.0/28"), range("2001:db8:5::/64")], location: loc(5)),
            ],
            destinations: [Destination(name: "mirrors", addresses: [range("192.0.2.0/26")], location: loc(6))],
            services: [Service(name: "web", ports: [PortSpec(.tcp, ports: 443...443), PortSpec(.icmp)], location: loc(7))],
            allows: [AllowRule(sources: .groups(["self"]), targets: .items([.destination("mirrors")]),
                               ports: .items([.service("web")]), location: loc(9))],
            quotas: [QuotaRule(sources: .groups(["self"]), spec: QuotaSpec(bytes: 1 << 30, window: 86_400, scope: .perHost),
                               location: loc(10))],
            exceedRules: [ExceedRule(sources: .groups(["self"]), actions: [.isolate(seconds: nil)], location: loc(11))],
            location: loc(2))
    }
}
