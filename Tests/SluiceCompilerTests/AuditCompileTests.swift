import Foundation
import SluiceLanguage
import Testing
@testable import SluiceCompiler

/// What `audit` compiles to: audited senders' would-deny traffic is marked, logged once per
/// connection and accepted at the end of the egress chain; their quotas count and announce but never
/// drop; everyone else enforces exactly as before.
@Suite struct AuditCompileTests {
    static func compile(_ text: String, table: String = "sluice") throws -> CompiledPolicy {
        let result = PolicyLoader(fileSystem: InMemoryFileSystem(["t.sluice": text])).load(path: "t.sluice")
        let policy = try #require(result.policy, "\(DiagnosticRenderer.render(result.diagnostics, sources: result.sources))")
        return try #require(PolicyCompiler(table: table).compile(policy).compiled)
    }

    static let gateway = """
        policy t {
          egress "wan0"
          management soc
        }
        group compute 10.20.0.0/16
        group login   10.10.1.0/24
        group soc     10.0.0.0/28
        destination mirrors 192.0.2.0/26
        allow compute, login to mirrors on tcp/443
        allow soc to any
        audit compute
        quota compute 1 GiB per day per host
        quota login 1 GiB per day per host
        on exceed compute, login { isolate for 1h }

        """

    private func evaluate(_ compiled: CompiledPolicy, _ source: String, _ destination: String) throws -> FlowResult {
        FlowEvaluator(compiled).evaluate(FlowQuery(source: .address(try #require(IPAddress(source))),
                                                   destination: try #require(IPAddress(destination)),
                                                   ports: [PortSpec(.tcp, ports: 443...443)]))
    }

    @Test func theAuditRulesCloseTheEgressChainBeforeTheDefaultDeny() throws {
        let compiled = try Self.compile(Self.gateway)
        let audit = try #require(compiled.audit)
        #expect(audit.groups == ["compute"] && audit.mark == 1 << 30 && audit.sourceSetV4 == "g_compute_v4" && !audit.machine)
        #expect(audit.location.line == 11)
        #expect(compiled.log.auditGroup == UInt16(15_114))
        let rules = try #require(compiled.ruleset.chain(named: "egress")).rules
        // The replies accept is two rules, one per direction (ConnectionMarks): the audit rules follow the second.
        let established = try #require(rules.lastIndex { $0.statements.first == .match(Match(.ctState, .ctState(.established))) })
        let g = Statement.match(Match(.ipSaddr, .set("g_compute_v4")))
        #expect(Array(rules[(established + 1)...].map(\.statements)) == [
            [g, .match(Match(.ctMark, .ctMarkBits(1 << 30))), .verdict(.accept)],
            [g, .setCtMarkBits(1 << 30), .limit(LimitStatement(RateLimit(count: 5, per: .second))),
             .log(LogStatement(prefix: "sluice-audit sluice", group: 15_114))],
            [g, .verdict(.accept)],
            [.counter(name: "denied"), .verdict(.drop)],
        ])
    }

    @Test func auditedQuotasAnnounceButNeverDrop() throws {
        let compiled = try Self.compile(Self.gateway)
        let over = try #require(compiled.ruleset.chain(named: "over_hq_compute_1d")).rules.map(\.statements)
        #expect(over.contains([.match(Match(.ipSaddr, .set("g_compute_v4"))), .verdict(.return)]))
        // The notice to the watcher comes first: it records would-contain.
        #expect(over.firstIndex { $0.contains { if case .log = $0 { true } else { false } } } == 0)
        let enforced = try #require(compiled.ruleset.chain(named: "over_hq_login_1d")).rules.map(\.statements)
        #expect(!enforced.contains { $0.last == .verdict(.return) && $0.first == .match(Match(.ipSaddr, .set("g_compute_v4"))) })
        // The full-set drop spares audited senders, and only them: a quota of audited senders alone
        // has none, one that also counts enforced senders spares the audited ones.
        let egress = try #require(compiled.ruleset.chain(named: "egress")).rules.map(\.statements)
        #expect(!egress.contains { $0.contains(.match(Match(.ipSaddr, .set("hq_compute_1d_v4"), negated: true))) })
        let both = try Self.compile(Self.gateway.replacingOccurrences(of: "quota login 1 GiB per day per host",
                                                                      with: "quota compute, login 1 GiB per week per host"))
        #expect(try #require(both.ruleset.chain(named: "egress")).rules.map(\.statements).contains(
            [.match(Match(.ipSaddr, .set("u_compute.login_v4"))),
             .match(Match(.ipSaddr, .set("hq_compute.login_1w_v4"), negated: true)),
             .match(Match(.ipSaddr, .set("g_compute_v4"), negated: true)),
             .match(Match(.ipDaddr, .set("g_soc_v4"), negated: true)), .verdict(.drop)]))
        #expect(egress.contains([.match(Match(.ipSaddr, .set("g_login_v4"))),
                                 .match(Match(.ipSaddr, .set("hq_login_1d_v4"), negated: true)),
                                 .match(Match(.ipDaddr, .set("g_soc_v4"), negated: true)), .verdict(.drop)]))
    }

    @Test func explainAndExpectSeeWouldDeny() throws {
        let compiled = try Self.compile(Self.gateway)
        let audited = try evaluate(compiled, "10.20.3.4", "203.0.113.9")
        #expect(audited.summary == .allow && audited.enforcedSummary == .deny && audited.audited)
        #expect(audited.slices.first?.outcome.rule?.origin?.line == 11)
        let enforced = try evaluate(compiled, "10.10.1.5", "203.0.113.9")
        #expect(enforced.summary == .deny && !enforced.audited)
        let allowed = try evaluate(compiled, "10.20.3.4", "192.0.2.10")
        #expect(allowed.summary == .allow && !allowed.audited)
        #expect(allowed.slices.first?.outcome.quotas == ["hq_compute_1d"])

        let result = PolicyLoader(fileSystem: InMemoryFileSystem(["t.sluice": Self.gateway])).load(path: "t.sluice")
        let policy = try #require(result.policy)
        let text = FlowExplainer(policy, compiled).text(
            FlowQuery(source: .address(try #require(IPAddress("10.20.3.4"))), destination: try #require(IPAddress("203.0.113.9")),
                      ports: [PortSpec(.tcp, ports: 443...443)]), audited)
        #expect(text.hasPrefix("allow (audit: would deny)\n"), "\(text)")
        #expect(text.contains("rule: t.sluice:11: audit compute"), "\(text)")
    }

    @Test func expectLinesCheckThePolicyAsEnforced() throws {
        let text = Self.gateway + """
            expect deny 10.20.3.4 to 203.0.113.9 on tcp/443
            expect allow 10.20.3.4 to 198.51.100.1 on tcp/443

            """
        let result = PolicyLoader(fileSystem: InMemoryFileSystem(["t.sluice": text])).load(path: "t.sluice")
        let policy = try #require(result.policy)
        let compiled = try #require(PolicyCompiler().compile(policy).compiled)
        let failures = ExpectationChecker.check(policy, compiled)
        #expect(failures.map(\.location.line) == [16], "\(failures)")
        #expect(failures.first?.message.contains("passes only while its group audits") == true, "\(failures)")
    }

    @Test func hostModeAuditOfSelfHasNoAddressMatch() throws {
        let compiled = try Self.compile("""
            policy n {
              mode host
              management soc
            }
            group soc 10.0.0.0/28
            allow self to 192.0.2.1 on tcp/443
            allow soc to any
            audit self
            quota self 1 GiB per day total

            """)
        let audit = try #require(compiled.audit)
        #expect(audit.machine && audit.sourceSetV4 == nil)
        let rules = try #require(compiled.ruleset.chain(named: "egress")).rules.map(\.statements)
        #expect(rules.contains([.setCtMarkBits(1 << 30), .limit(LimitStatement(RateLimit(count: 5, per: .second))),
                                .log(LogStatement(prefix: "sluice-audit sluice", group: 15_114))]))
        let over = try #require(compiled.ruleset.chain(named: "over_tq_self_1d")).rules.map(\.statements)
        #expect(over.contains([.verdict(.return)]))
        #expect(compiled.audits(.machine))
    }

    @Test func anotherTableHasItsOwnMarkBitAndAuditGroup() throws {
        let compiled = try Self.compile(Self.gateway, table: "edge")
        let audit = try #require(compiled.audit)
        #expect((16...29).contains(audit.mark.trailingZeroBitCount) && audit.mark.nonzeroBitCount == 1)
        #expect(compiled.log.auditGroup == PacketLogChannels.group(table: "edge") + 10_001)
        #expect(compiled.log.classify(prefix: "sluice-audit edge") == .wouldDeny)
        #expect(compiled.log.classify(prefix: "sluice-audit sluice") == nil)
    }

    @Test func aPolicyWithoutAuditCompilesAsBefore() throws {
        let compiled = try Self.compile(Self.gateway.replacingOccurrences(of: "audit compute\n", with: ""))
        #expect(compiled.audit == nil && compiled.log.auditGroup == nil)
    }

    @Test func aFormat2CompiledPolicyStillReadsAndAuditsNothing() throws {
        let compiled = try Self.compile(Self.gateway.replacingOccurrences(of: "audit compute\n", with: ""))
        // As a 0.2 build wrote it: the JSON format, without the audit binding and the inside networks.
        let json = try JSONEncoder().encode(PackedCompiledPolicy(compiled, format: CompiledPolicyCodec.jsonFormat, compiler: "0.2.0"))
        var object = try #require(JSONSerialization.jsonObject(with: json) as? [String: Any])
        object.removeValue(forKey: "inside")
        var inner = try #require(object["compiled"] as? [String: Any])
        inner.removeValue(forKey: "insideNetworks")
        inner.removeValue(forKey: "audit")
        object["compiled"] = inner
        let old = try CompiledPolicyCodec.decode(JSONSerialization.data(withJSONObject: object))
        #expect(old.audit == nil)
        #expect(old.insideNetworks == compiled.insideNetworks)
    }

    @Test func theClassifierTellsEgressAndWouldDenyByTheKernelsMark() throws {
        let compiled = try Self.compile(Self.gateway)
        let classifier = FlowClassifier(compiled, localAddresses: [try #require(IPAddress("198.51.100.254"))])
        func ip(_ text: String) throws -> IPAddress { try #require(IPAddress(text)) }
        let marked: UInt32 = 1 << 30 | 0x5
        #expect(classifier.classify(source: try ip("10.20.3.4"), destination: try ip("203.0.113.9"), mark: marked)
                == FlowClass(host: .address(try ip("10.20.3.4")), verdict: .wouldDeny))
        #expect(classifier.classify(source: try ip("10.20.3.4"), destination: try ip("192.0.2.10"), mark: 0x5)
                == FlowClass(host: .address(try ip("10.20.3.4")), verdict: .allow))
        #expect(classifier.classify(source: try ip("10.20.3.4"), destination: try ip("10.10.1.5"), mark: 0x5) == nil, "lateral")
        #expect(classifier.classify(source: try ip("203.0.113.9"), destination: try ip("10.20.3.4"), mark: 0x5) == nil, "inbound")
        #expect(classifier.classify(source: try ip("10.20.3.4"), destination: try ip("198.51.100.254"), mark: 0x5) == nil,
                "to the gateway itself")
        #expect(classifier.classify(source: try ip("::ffff:10.20.3.4"), destination: try ip("::ffff:192.0.2.10"), mark: 0x5)?.host
                == .address(try ip("10.20.3.4")))
    }
}
