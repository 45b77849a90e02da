import Foundation
import SluiceCompiler
import SluiceLanguage

/// Hand-built rulesets in the compiler's layout, for the kernel tests.
enum Fixtures {
    /// A policy file of the package (path from its root), compiled; one that does not compile
    /// stops the tests with its diagnostics.
    static func compiled(_ path: String) -> Ruleset {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let build = PolicyBuild.build(path: root.appendingPathComponent(path).path)
        guard let compiled = build.compiled else { preconditionFailure(build.renderedDiagnostics) }
        return compiled.ruleset
    }

    static func address(_ text: String) -> ElementKey {
        guard let r = AddressRange(parsing: text) else { fatalError("bad address \(text) in a fixture") }
        return .address(r)
    }

    static func location(_ line: Int, column: Int = 3) -> SourceLocation {
        SourceLocation(file: "hpc.sluice", line: line, column: column)
    }

    static func set(_ name: String, _ type: SetKeyType, interval: Bool = true, _ keys: [ElementKey]) -> NFTSet {
        NFTSet(name: name, keyType: type, flags: interval ? [.interval] : [],
               elements: keys.sorted().map { SetElement($0) })
    }

    static func containment(_ name: String, _ type: SetKeyType) -> NFTSet {
        NFTSet(name: name, keyType: type, flags: [.timeout], runtimeElements: true)
    }

    /// The gateway layout of the brief: containment sets, groups, a destination, a service, a
    /// per-host quota set, a total quota with attribution, logging and a default-deny counter.
    static func gateway(table: String = "sluice", hostQuota: UInt64 = 2_147_483_648,
                        totalQuota: UInt64 = 214_748_364_800,
                        computeV4: [String] = ["10.20.0.0/16"]) -> Ruleset {
        // Kept whole (over 60 lines): a ruleset literal, set by set and rule by rule, reads better whole.
        let ip = MatchKey.ipSaddr
        func m(_ key: MatchKey, _ set: String, negated: Bool = false) -> Statement {
            .match(Match(key, .set(set), negated: negated))
        }
        var r = Ruleset(table: table)
        r.quotas = [QuotaObject(name: "tq_compute_1d", bytes: totalQuota, comment: "hpc.sluice:30")]
        r.counters = [CounterObject(name: "denied", comment: "default deny")]
        r.sets = [
            set("egress_if", .ifname, interval: false, [.ifname("wan0")]),
            containment("blocked_v4", .ipv4Addr),
            containment("blocked_v6", .ipv6Addr),
            containment("isolated_v4", .ipv4Addr),
            containment("isolated_v6", .ipv6Addr),
            set("g_compute_v4", .ipv4Addr, computeV4.map(address)),
            set("g_soc_v4", .ipv4Addr, [address("10.0.0.0/28")]),
            set("g_login_v6", .ipv6Addr, [address("2001:db8:10::/64")]),
            set("d_mirrors_v4", .ipv4Addr, [address("192.0.2.0/26"), address("198.51.100.7")]),
            set("s_web_tcp", .inetService, [.ports(80...80), .ports(443...443), .ports(50000...51000)]),
            NFTSet(name: "hq_compute_1d_v4", keyType: .ipv4Addr, flags: [.dynamic], size: 65536,
                   stateful: .quotaOver(bytes: hostQuota), runtimeElements: true),
            NFTSet(name: "n_hq_compute_1d_v4", keyType: .ipv4Addr, flags: [.dynamic, .timeout], size: 65536,
                   timeout: 10_000, runtimeElements: true),
            NFTSet(name: "tq_compute_1d_v4", keyType: .ipv4Addr, flags: [.dynamic], size: 65536, stateful: .counter,
                   runtimeElements: true),
        ]
        r.chains = [
            Chain(name: "forward", hook: ChainHook(hook: .forward), rules: [
                Rule([m(ip, "isolated_v4"), m(.ipDaddr, "g_soc_v4"), .verdict(.accept)]),
                Rule([m(ip, "g_soc_v4"), m(.ipDaddr, "isolated_v4"), .verdict(.accept)]),
                Rule([m(ip, "isolated_v4"), .verdict(.drop)]),
                Rule([m(.ipDaddr, "isolated_v4"), .verdict(.drop)]),
                Rule([m(.ip6Saddr, "isolated_v6"), .verdict(.drop)]),
                Rule([m(.ip6Daddr, "isolated_v6"), .verdict(.drop)]),
                Rule([m(.oifname, "egress_if"), .verdict(.jump("egress"))]),
            ]),
            Chain(name: "egress", rules: [
                Rule([m(ip, "blocked_v4"), .verdict(.drop)]),
                Rule([m(.ip6Saddr, "blocked_v6"), .verdict(.drop)]),
                Rule([m(ip, "g_compute_v4"), .update(SetUpdate(.update, set: "hq_compute_1d_v4", key: ip)),
                      .verdict(.jump("over_hq_compute_1d"))], origin: location(29)),
                Rule([m(ip, "g_compute_v4"), .update(SetUpdate(.update, set: "tq_compute_1d_v4", key: ip))],
                     origin: location(30)),
                Rule([m(ip, "g_compute_v4"), .quota(name: "tq_compute_1d"), .verdict(.drop)], origin: location(30)),
                Rule([.match(Match(.ctState, .ctState(.invalid))), .verdict(.drop)]),
                Rule([m(ip, "g_compute_v4"), m(.ipDaddr, "d_mirrors_v4"), m(.tcpDport, "s_web_tcp"), .verdict(.accept)],
                     origin: location(24)),
                Rule([m(.ip6Saddr, "g_login_v6"), .match(Match(.l4proto, .l4proto(17))), .verdict(.accept)],
                     origin: location(25)),
                Rule([.match(Match(.ctState, .ctState([.established, .related]))), .verdict(.accept)]),
                // Audit: a marked connection goes on, a new one is marked, logged and accepted.
                Rule([m(ip, "g_compute_v4"), .match(Match(.ctMark, .ctMarkBits(1 << 30))), .verdict(.accept)], origin: location(12)),
                Rule([m(ip, "g_compute_v4"), .setCtMarkBits(1 << 30), .limit(LimitStatement(RateLimit(count: 5, per: .second))),
                      .log(LogStatement(prefix: "sluice-audit \(table)", group: 15114))], origin: location(12)),
                Rule([.match(Match(.ctMark, .ctMarkBits(0x3), negated: true)), .verdict(.accept)]),
                Rule([.limit(LimitStatement(RateLimit(count: 10, per: .minute))),
                      .log(LogStatement(prefix: "sluice-deny \(table)", group: 5113))]),
                Rule([.counter(name: "denied"), .verdict(.drop)], origin: location(3)),
            ]),
            Chain(name: "over_hq_compute_1d", rules: [
                Rule([m(ip, "n_hq_compute_1d_v4"), .verdict(.drop)]),
                Rule([.update(SetUpdate(.add, set: "n_hq_compute_1d_v4", key: ip)),
                      .log(LogStatement(prefix: "sluice-quota \(table) hq_compute_1d", group: 5113)), .verdict(.drop)]),
                Rule([.verdict(.drop)]),
            ]),
        ]
        return r
    }

    /// Host mode: an output chain, loopback accepted, `self` containment by nfproto, open-ended
    /// ranges, a kernel-log rule and various match forms.
    static func host(table: String = "sluice") -> Ruleset {
        var r = Ruleset(table: table)
        r.sets = [
            NFTSet(name: "blocked_self", keyType: .nfproto, flags: [.timeout], runtimeElements: true),
            NFTSet(name: "isolated_self", keyType: .nfproto, flags: [.timeout], runtimeElements: true),
            set("d_any_v4", .ipv4Addr, [address("0.0.0.0/0")]),
            set("d_top_v4", .ipv4Addr, [address("203.0.113.0-255.255.255.255")]),
            set("d_v6", .ipv6Addr, [address("2001:db8::/32"), address("2001:db9::1")]),
            set("s_hi_udp", .inetService, [.ports(53...53), .ports(65000...65535)]),
            set("protos", .inetProto, interval: false, [.l4proto(6), .l4proto(17)]),
            set("families", .nfproto, interval: false, [.nfproto(2)]),
            NFTSet(name: "commented", keyType: .ipv4Addr, flags: [.interval], elements: [SetElement(address("192.0.2.0/24"), comment: "docs")],
                   comment: "a set with comments"),
        ]
        r.quotas = [QuotaObject(name: "hq_self_1h", bytes: 1_000_000, over: true, used: 1234, comment: "hpc.sluice:40")]
        r.chains = [
            Chain(name: "output", hook: ChainHook(hook: .output, priority: 0, policy: .accept), rules: [
                Rule([.match(Match(.oifname, .ifname("lo"))), .verdict(.accept)]),
                Rule([.match(Match(.nfproto, .set("blocked_self"))), .verdict(.drop)]),
                Rule([.match(Match(.nfproto, .nfproto(2))), .match(Match(.ipDaddr, .set("d_top_v4"))), .verdict(.accept)]),
                Rule([.match(Match(.l4proto, .l4proto(17))), .match(Match(.udpDport, .set("s_hi_udp"))), .verdict(.accept)]),
                Rule([.match(Match(.ipDaddr, .set("d_any_v4"), negated: true)), .verdict(.drop)]),
                Rule([.match(Match(.ctState, .ctState(.established), negated: true)), .quota(name: "hq_self_1h"),
                      .verdict(.drop)], origin: location(40)),
                Rule([.match(Match(.l4proto, .set("protos"))), .match(Match(.nfproto, .set("families"))),
                      .match(Match(.ip6Daddr, .set("d_v6"))), .verdict(.accept)]),
                Rule([.match(Match(.iifname, .ifname("eth0"), negated: true)), .log(LogStatement(prefix: "sluice-deny ")),
                      .verdict(.goto("tail"))]),
            ]),
            Chain(name: "tail", rules: [Rule([.verdict(.return)])]),
            Chain(name: "input", hook: ChainHook(hook: .input, priority: -10, policy: .accept), rules: []),
        ]
        return r
    }
}
