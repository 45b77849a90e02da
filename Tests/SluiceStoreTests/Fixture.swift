import Foundation
import SluiceCompiler
import SluiceLanguage

/// Small hand-built policies and rulesets, shaped like the compiler's gateway output.
enum Fixture {
    static let table = "sluice"

    static func at(_ file: String, _ line: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: 1)
    }

    static func prefix(_ text: String, _ length: Int) -> AddressRange {
        AddressRange(prefix: IPAddress(text)!, length: length)
    }

    static func sources(_ tag: String) -> [SourceFile] {
        [
            SourceFile(path: "hpc.sluice", text: """
                policy hpc { mode gateway; egress "wan0"; management soc }
                include "common/services.sluice"
                group compute 10.20.0.0/16
                group soc 10.0.0.0/28
                destination mirrors 192.0.2.0/26, 2001:db8:100::/48
                allow compute to mirrors on web
                quota compute 2 GiB per day per host
                on exceed compute { isolate for 24h; alert log }
                # \(tag)

                """),
            SourceFile(path: "common/services.sluice", text: "service web tcp/80, tcp/443\n"),
        ]
    }

    /// `count` internal /28s from 10.64.0.0 upwards, one every 32 addresses: disjoint, sorted and
    /// not adjacent, so normalizing a group keeps every one of them as its own set element.
    static func manyPrefixes(_ count: Int) -> [AddressRange] {
        (0..<count).map { i in
            AddressRange(prefix: IPAddress(family: .ipv4, value: UInt128(0x0A40_0000) + UInt128(i) * 32), length: 28)
        }
    }

    static func policy(sources: [SourceFile], extraPrefixes: Int = 0) -> Policy {
        Policy(
            name: "hpc", mode: .gateway, egressInterfaces: ["wan0"], management: "soc",
            logDenied: RateLimit(count: 10, per: .minute),
            groups: [
                Group(name: "compute", addresses: extraPrefixes > 0 ? manyPrefixes(extraPrefixes) : [prefix("10.20.0.0", 16)],
                      location: at("hpc.sluice", 3)),
                Group(name: "soc", addresses: [prefix("10.0.0.0", 28)], location: at("hpc.sluice", 4)),
            ],
            destinations: [Destination(name: "mirrors", addresses: [prefix("192.0.2.0", 26), prefix("2001:db8:100::", 48)],
                                       location: at("hpc.sluice", 5))],
            services: [Service(name: "web", ports: [PortSpec(.tcp, ports: 80...80), PortSpec(.tcp, ports: 443...443)],
                               location: at("common/services.sluice", 1))],
            allows: [AllowRule(sources: .groups(["compute"]), targets: .items([.destination("mirrors")]),
                               ports: .items([.service("web")]), location: at("hpc.sluice", 6))],
            quotas: [QuotaRule(sources: .groups(["compute"]),
                               spec: QuotaSpec(bytes: 2 << 30, window: 86_400, scope: .perHost),
                               location: at("hpc.sluice", 7))],
            exceedRules: [ExceedRule(sources: .groups(["compute"]),
                                     actions: [.isolate(seconds: 86_400), .alert([.log, .exec(path: "/usr/local/bin/page")])],
                                     location: at("hpc.sluice", 8))],
            expectations: [Expectation(verdict: .allow, source: .address(IPAddress("10.20.3.4")!),
                                       destination: IPAddress("192.0.2.10")!, port: .port(PortSpec(.tcp, ports: 443...443)),
                                       location: at("hpc.sluice", 9))],
            sources: sources, location: at("hpc.sluice", 1))
    }

    /// A gateway ruleset; `extraElements` /24 prefixes go into the compute group set, to make a
    /// large policy.
    static func ruleset(extraElements: Int = 0) -> Ruleset {
        var computeElements = [SetElement(.address(prefix("10.20.0.0", 16)))]
        if extraElements > 0 {
            computeElements = manyPrefixes(extraElements).map { SetElement(.address($0)) }
        }
        return Ruleset(
            table: table,
            sets: [
                NFTSet(name: "egress_if", keyType: .ifname, elements: [SetElement(.ifname("wan0"))]),
                NFTSet(name: "blocked_v4", keyType: .ipv4Addr, flags: .timeout, runtimeElements: true),
                NFTSet(name: "blocked_v6", keyType: .ipv6Addr, flags: .timeout, runtimeElements: true),
                NFTSet(name: "isolated_v4", keyType: .ipv4Addr, flags: .timeout,
                       elements: [SetElement(.address(AddressRange(IPAddress("10.20.9.9")!)), timeout: 86_400_000,
                                             expires: 3_600_000, comment: "quota hq_compute_1d")],
                       runtimeElements: true),
                NFTSet(name: "isolated_v6", keyType: .ipv6Addr, flags: .timeout, runtimeElements: true),
                NFTSet(name: "g_compute_v4", keyType: .ipv4Addr, flags: .interval, elements: computeElements),
                NFTSet(name: "d_mirrors_v6", keyType: .ipv6Addr, flags: .interval,
                       elements: [SetElement(.address(prefix("2001:db8:100::", 48)))]),
                NFTSet(name: "s_web_tcp", keyType: .inetService, flags: .interval,
                       elements: [SetElement(.ports(80...80)), SetElement(.ports(443...443))]),
                NFTSet(name: "hq_compute_1d_v4", keyType: .ipv4Addr, flags: .dynamic, size: 65_536,
                       stateful: .quotaOver(bytes: 2 << 30),
                       elements: [SetElement(.address(AddressRange(IPAddress("10.20.1.1")!)), quotaUsed: 12_345)],
                       runtimeElements: true),
                NFTSet(name: "tq_compute_1d_v4", keyType: .ipv4Addr, flags: .dynamic, size: 65_536, timeout: 10_000,
                       stateful: .counter,
                       elements: [SetElement(.address(AddressRange(IPAddress("10.20.1.2")!)),
                                             counter: CounterState(packets: 3, bytes: 4_500))],
                       runtimeElements: true),
            ],
            quotas: [QuotaObject(name: "tq_compute_1d", bytes: 200 << 30, used: 77, comment: "hpc.sluice:7")],
            counters: [CounterObject(name: "denied", value: CounterState(packets: 1, bytes: 60), comment: "default deny")],
            chains: [
                Chain(name: "forward", hook: ChainHook(hook: .forward), rules: [
                    Rule([.match(Match(.ipSaddr, .set("isolated_v4"))), .verdict(.drop)]),
                    Rule([.match(Match(.oifname, .set("egress_if"))), .verdict(.jump("egress"))]),
                ]),
                Chain(name: "egress", rules: [
                    Rule([.match(Match(.ipSaddr, .set("g_compute_v4"))),
                          .update(SetUpdate(.update, set: "hq_compute_1d_v4", key: .ipSaddr)),
                          .verdict(.jump("over_hq_compute_1d"))], origin: at("hpc.sluice", 7)),
                    Rule([.match(Match(.ipSaddr, .set("g_compute_v4"))), .quota(name: "tq_compute_1d")]),
                    Rule([.match(Match(.ctState, .ctState(.invalid))), .verdict(.drop)]),
                    Rule([.match(Match(.ipSaddr, .set("g_compute_v4"))), .match(Match(.tcpDport, .set("s_web_tcp"))),
                          .verdict(.accept)], origin: at("hpc.sluice", 6)),
                    Rule([.match(Match(.ctState, .ctState([.established, .related]))), .verdict(.accept)]),
                    Rule([.limit(LimitStatement(RateLimit(count: 10, per: .minute))),
                          .log(LogStatement(prefix: "sluice-deny ", group: 5113))]),
                    Rule([.counter(name: "denied"), .verdict(.drop)], origin: at("hpc.sluice", 1)),
                ]),
                Chain(name: "over_hq_compute_1d", rules: [
                    Rule([.update(SetUpdate(.add, set: "n_hq_compute_1d_v4", key: .ipSaddr)),
                          .log(LogStatement(prefix: "sluice-quota sluice hq_compute_1d", group: 5113)), .verdict(.drop)]),
                ]),
            ])
    }

    static func compiled(_ tag: String = "one", extraElements: Int = 0) -> CompiledPolicy {
        let policy = policy(sources: sources(tag), extraPrefixes: extraElements)
        return CompiledPolicy(
            name: policy.name, mode: policy.mode, egressInterfaces: policy.egressInterfaces,
            ruleset: ruleset(extraElements: extraElements),
            quotas: [QuotaBinding(id: "hq_compute_1d", scope: .perHost, groups: ["compute"], bytes: 2 << 30,
                                  window: 86_400, location: at("hpc.sluice", 7), inline: false,
                                  accounting: .hostSets(v4: "hq_compute_1d_v4", v6: "hq_compute_1d_v6"),
                                  nflogPrefix: "sluice-quota sluice hq_compute_1d")],
            containment: ContainmentBinding(blockedV4: "blocked_v4", blockedV6: "blocked_v6", isolatedV4: "isolated_v4",
                                            isolatedV6: "isolated_v6", managementGroup: "soc",
                                            management: [prefix("10.0.0.0", 28)]),
            groups: policy.groups.map { HostGroup(name: $0.name, addresses: $0.addresses, isSelf: $0.isSelf) },
            exceedRules: policy.exceedRules.map { ExceedBinding(groups: ["compute"], actions: $0.actions, location: $0.location) },
            log: PacketLogChannels(table: "sluice", logsDenied: true))
    }

    /// A fixed instant (2025-01-01 00:00:00 UTC) plus `seconds`.
    static func time(_ seconds: TimeInterval = 0) -> Date {
        Date(timeIntervalSince1970: 1_735_689_600 + seconds)
    }
}
