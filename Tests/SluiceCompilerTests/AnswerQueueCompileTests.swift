import Foundation
import SluiceLanguage
import Testing
@testable import SluiceCompiler

/// The DNS answer queue in the compiled ruleset: `ip`/`ip6` tables whose chains hold the trusted
/// servers' answers (UDP and TCP from port 53) in the binding's queue with bypass, on the hooks
/// that carry answers to the protected hosts, before the `inet` table's chains; and queuing is
/// transparent to the evaluator's verdict.
@Suite struct AnswerQueueCompileTests {
    static func policy(mode: String, dns: String) -> String {
        """
        policy t {
          mode \(mode)
          egress "wan0"
          dns \(dns)
        }
        group compute 10.20.0.0/16, fd00:20::/64
        destination pypi "pypi.org"
        allow compute to pypi on tcp/443

        """
    }

    static func familyTables(_ text: String) throws -> (CompiledPolicy, [FamilyTable]) {
        let compiled = try AuditCompileTests.compile(text)
        return (compiled, compiled.ruleset.familyTables)
    }

    @Test("a gateway queues forwarded answers and its own resolver's (output), before the inet table")
    func gateway() throws {
        let (compiled, tables) = try Self.familyTables(Self.policy(mode: "gateway", dns: "192.0.2.53, 2001:db8::53"))
        let queue = try #require(compiled.dns).queue
        #expect(tables.map(\.family) == [.ipv4, .ipv6])
        for table in tables {
            #expect(table.chains.map(\.hook?.hook) == [.forward, .output])
            for chain in table.chains {
                let hook = try #require(chain.hook)
                #expect(hook.priority < 0 && hook.policy == .accept, "before the inet table's chains (priority 0)")
                #expect(chain.rules.count == 2)
                for rule in chain.rules {
                    #expect(rule.statements.last == .queue(QueueStatement(num: queue, bypass: true)))
                }
                #expect(chain.rules.map { $0.statements[1] } == [.match(Match(.udpSport, .port(53))), .match(Match(.tcpSport, .port(53)))])
                // Only replies to a query: a packet that merely claims the server's address is not held.
                for rule in chain.rules {
                    #expect(rule.statements[2...3] == [.match(Match(.ctState, .ctState(.established))),
                                                       .match(Match(.ctDirection, .ctDirection(.reply)))])
                }
            }
        }
        #expect(compiled.ruleset.chains.allSatisfy { $0.hook.map { $0.priority == 0 } ?? true })
        let text = NFTRenderer.render(compiled.ruleset)
        #expect(text.contains("table ip sluice {\n\tchain answers_forward {"))
        #expect(text.contains("ip6 saddr 2001:db8::53 tcp sport 53 ct state established ct direction reply queue num \(queue) bypass"))
    }

    // (An IPv4-mapped server is refused by the language, `ipv4Mapped`; the compiler would take it
    // as IPv4 all the same.)
    @Test("a host queues answers on input only, and a family without servers gets no table")
    func host() throws {
        let (_, tables) = try Self.familyTables(Self.policy(mode: "host", dns: "192.0.2.53"))
        #expect(tables.map(\.family) == [.ipv4], "no IPv6 server: no ip6 table")
        let chains = try #require(tables.first).chains
        #expect(chains.map(\.hook?.hook) == [.input])
        #expect(chains.first?.rules.map { $0.statements[0] } == Array(repeating: .match(Match(.ipSaddr, .address(IPAddress("192.0.2.53")!))), count: 2))
    }

    @Test("a policy without names has no family tables, and its compiled form is what it was")
    func noNames() throws {
        let compiled = try AuditCompileTests.compile("""
            policy t {
              egress "wan0"
            }
            group compute 10.20.0.0/16
            allow compute to 198.51.100.0/24 on tcp/443

            """)
        #expect(compiled.ruleset.familyTables.isEmpty)
        let json = String(decoding: try JSONEncoder().encode(compiled.ruleset), as: UTF8.self)
        #expect(!json.contains("familyTables"))
        let decoded = try JSONDecoder().decode(Ruleset.self, from: Data(json.utf8))
        #expect(decoded == compiled.ruleset)
    }

    @Test("queuing is transparent: an answer's verdict is the inet table's, queued or not")
    func evaluatorTransparent() throws {
        let compiled = try AuditCompileTests.compile(Self.policy(mode: "gateway", dns: "192.0.2.53"))
        var withoutQueue = compiled
        withoutQueue.ruleset.familyTables = []
        for state in [CtState.new, .established] {
            var answer = Packet(family: .ipv4, source: IPAddress("192.0.2.53")!, destination: IPAddress("10.20.0.5")!,
                                l4proto: 17, destinationPort: 40000, outputInterface: "wan0", ctState: state)
            answer.sourcePort = 53
            let queued = FlowEvaluator(compiled).evaluate(answer)
            let plain = FlowEvaluator(withoutQueue).evaluate(answer)
            #expect(queued == plain, "\(state)")
        }
        // The evaluator walks the queue chain: a drop there would decide.
        var dropping = compiled
        dropping.ruleset.familyTables[0].chains[0].rules[0].statements.removeLast()
        dropping.ruleset.familyTables[0].chains[0].rules[0].statements.append(.verdict(.drop))
        var answer = Packet(family: .ipv4, source: IPAddress("192.0.2.53")!, destination: IPAddress("10.20.0.5")!,
                            l4proto: 17, destinationPort: 40000, outputInterface: "wan0", ctState: .established)
        answer.sourcePort = 53
        answer.ctDirection = .reply
        #expect(FlowEvaluator(dropping).evaluate(answer).verdict == .deny)
        // A packet that claims the server's address and port but answers nothing the host asked
        // (the original direction of a connection its sender opened) skips the rule.
        var forged = answer
        forged.ctDirection = .original
        forged.ctMark = ConnectionMarks(table: "sluice").admitted
        #expect(FlowEvaluator(withoutQueue).evaluate(forged).verdict == .allow)
        #expect(FlowEvaluator(dropping).evaluate(forged).verdict == .allow)
    }

    @Test("the diff names the queue chains by their table, added and removed with the names")
    func diff() throws {
        let named = try AuditCompileTests.compile(Self.policy(mode: "gateway", dns: "192.0.2.53")).ruleset
        var unnamed = named
        unnamed.familyTables = []
        let added = RulesetDiff.compare(unnamed, named).changes
        #expect(added.count == 2)
        #expect(added.first == .chainAdded(name: "ip sluice/answers_forward", rules: named.familyTables[0].chains[0].rules.map(NFTText.rule)))
        let removed = RulesetDiff.compare(named, unnamed).changes
        #expect(removed.map { if case .chainRemoved(let name, _) = $0 { name } else { "" } } == ["ip sluice/answers_forward", "ip sluice/answers_output"])
        #expect(RulesetDiff.compare(named, named).isEmpty)
    }
}
