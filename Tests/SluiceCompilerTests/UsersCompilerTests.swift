import Foundation
import SluiceLanguage
import Testing
@testable import SluiceCompiler

/// `users` sets through the compiler: names resolved through the UserDirectory seam, the contract
/// (uids, the uid-name map, per-user accounting, user containment), and the evaluator.
@Suite struct UsersCompilerTests {
    static let policy = """
        policy login {
          mode host
          management soc
        }
        group soc 10.0.0.5
        destination mirrors 192.0.2.10
        users researchers alice, 1001, 10000-10002
        allow researchers to mirrors on tcp/443
        quota researchers 1 GiB per day per user
        quota researchers 5 GiB per day total
        on exceed researchers { block for 1h }
        expect allow user alice to 192.0.2.10 on tcp/443
        expect deny user 4242 to 192.0.2.10 on tcp/443
        """

    static func build(_ text: String = policy, users: [String: UInt32] = ["alice": 1500, "bob": 1001],
                      unknown: Severity = .warning) -> PolicyBuild {
        PolicyBuild.build(path: "login.sluice", fileSystem: InMemoryFileSystem(["login.sluice": text]),
                          users: UserTable(users), unknownUsers: unknown)
    }

    @Test("the contract carries the resolved uids, the uid-name map, per-user accounting and the user containment sets")
    func contract() throws {
        let build = Self.build()
        #expect(build.diagnostics.isEmpty, "\(build.renderedDiagnostics)")
        let compiled = try #require(build.compiled)
        #expect(compiled.groups.first { $0.name == "researchers" }?.uids == [1001...1001, 1500...1500, 10000...10002])
        // Single uids are named when the machine names them; `expect user 4242` has no name here.
        #expect(compiled.users == [UserAccount(uid: 1001, name: "bob"), UserAccount(uid: 1500, name: "alice"),
                                   UserAccount(uid: 4242, name: nil)])
        #expect(compiled.display(.user(1500)) == "alice (uid:1500)" && compiled.display(.user(10001)) == "uid:10001")
        #expect(compiled.quotas.map(\.accounting) == [.userSets(set: "uq_researchers_1d_uid"),
                                                     .userTotal(object: "tq_researchers_1d", contributors: "tq_researchers_1d_uid")])
        #expect(compiled.groupNames(of: .user(10002)) == ["researchers"] && compiled.groupNames(of: .user(4242)).isEmpty)
        #expect(compiled.containment.elements(for: .user(1500), kind: .block)
                == [ContainmentElement(set: "blocked_users", key: .uid(1500))])
        let set = try #require(compiled.ruleset.set(named: "g_researchers"))
        #expect(set.keyType == .uid && set.elements.map(\.key) == [1001, 1500, 10000, 10001, 10002].map { ElementKey.uid($0) })
        #expect(compiled.ruleset.set(named: "uq_researchers_1d_uid")?.size == 5)
        let again = try CompiledPolicyCodec.decode(CompiledPolicyCodec.encode(compiled))
        #expect(again == compiled)
    }

    @Test("an unknown name is a warning when checking and a located error when applying; the compile is pure")
    func unknownNames() throws {
        let text = Self.policy.replacingOccurrences(of: "alice, 1001", with: "alice, carol, 1001")
        let checked = Self.build(text)
        let warning = try #require(checked.diagnostics.first { $0.id == .unknownUser })
        #expect(warning.severity == .warning && warning.location.line == 7 && warning.location.column == 26)
        #expect(checked.compiled != nil)
        let applied = Self.build(text, unknown: .error)
        #expect(applied.compiled == nil && applied.diagnostics.contains { $0.id == .unknownUser && $0.severity == .error })
        let first = try #require(Self.build().compiled), second = try #require(Self.build().compiled)
        #expect(NFTRenderer.render(first.ruleset) == NFTRenderer.render(second.ruleset))
    }

    @Test("more than 65,536 uids in a set, or a source list mixing users and addresses, is refused")
    func refusals() {
        let big = Self.build(Self.policy.replacingOccurrences(of: "10000-10002", with: "10000-80000"))
        #expect(big.diagnostics.contains { $0.id == .tooManyUsers && $0.location.line == 7 }, "\(big.renderedDiagnostics)")
        let mixed = Self.build(Self.policy + "\ngroup lab 10.9.0.0/24\nallow researchers, lab to mirrors\n")
        #expect(mixed.diagnostics.contains { $0.id == .unsupported }, "\(mixed.renderedDiagnostics)")
    }

    @Test("the evaluator matches a user's flows by uid, and a flow without an owner not at all")
    func evaluator() throws {
        let compiled = try #require(Self.build().compiled)
        let evaluator = FlowEvaluator(compiled)
        let web = [PortSpec(parsing: "tcp/443")].compactMap { $0 }
        func verdict(_ source: FlowSource) -> FlowResult.Summary {
            evaluator.evaluate(FlowQuery(source: source, destination: IPAddress("192.0.2.10")!, ports: web)).summary
        }
        #expect(verdict(.user(.name("alice"))) == .allow && verdict(.user(.uids(10001...10001))) == .allow)
        #expect(verdict(.user(.uids(4242...4242))) == .deny && verdict(.machine) == .deny)
        #expect(verdict(.user(.name("carol"))) == .deny, "a name the compile did not resolve has no uid")
    }

    @Test("an account whose subordinate uids its users set does not hold is warned about, at the set")
    func subordinateUIDs() throws {
        func build(_ subordinate: [UInt32: [ClosedRange<UInt32>]]) -> PolicyBuild {
            PolicyBuild.build(path: "login.sluice", fileSystem: InMemoryFileSystem(["login.sluice": Self.policy]),
                              users: UserTable(["alice": 1500, "bob": 1001], subordinate: subordinate))
        }
        let escaping = build([1500: [200_000...265_535], 4242: [300_000...365_535]])
        let warnings = escaping.diagnostics.filter { $0.id == .subordinateUIDs }
        #expect(warnings.count == 1 && warnings.first?.severity == .warning && warnings.first?.location.line == 7)
        #expect(warnings.first?.message == "'alice' of users set 'researchers' has subordinate uids 200000-265535 that the set does not hold")
        #expect(escaping.compiled != nil, "a warning: the policy still applies")
        // Held by the set (10000-10002 are in it), or owned by no account of it: nothing to say.
        #expect(build([1500: [10_000...10_002]]).diagnostics.allSatisfy { $0.id != .subordinateUIDs })
        #expect(build([4242: [300_000...365_535]]).diagnostics.allSatisfy { $0.id != .subordinateUIDs })
    }

    @Test("a packet without an owner counts as the owner its connection recorded, once, and meets its block")
    func ownerlessPackets() throws {
        var compiled = try #require(Self.build().compiled)
        func packet(uid: UInt32?, owner: UInt32?) -> Packet {
            // A connection an allow admitted: its packets the way it was opened pass as established.
            Packet(family: .ipv4, source: nil, destination: IPAddress("192.0.2.10")!, l4proto: 6, destinationPort: 443,
                   outputInterface: "eth0", ctState: .established, ctMark: ConnectionMarks(table: "sluice").admitted,
                   uid: uid, owner: owner)
        }
        let evaluator = FlowEvaluator(compiled)
        let owned = evaluator.evaluate(packet(uid: 1500, owner: 1500))
        #expect(owned.verdict == .allow && owned.quotas.count == 2, "per user and total: \(owned.quotas)")
        let orphaned = evaluator.evaluate(packet(uid: nil, owner: 1500))
        #expect(orphaned.verdict == .allow && orphaned.quotas == owned.quotas, "\(orphaned.quotas)")
        #expect(evaluator.evaluate(packet(uid: nil, owner: nil)).quotas.isEmpty, "no owner: the host's rules only")
        #expect(evaluator.evaluate(packet(uid: nil, owner: 4242)).quotas.isEmpty, "an owner outside the set")
        // A packet that has an owner is its socket's, whatever the connection recorded.
        #expect(evaluator.evaluate(packet(uid: 4242, owner: 1500)).quotas.isEmpty)

        let blocked = try #require(compiled.ruleset.sets.firstIndex { $0.name == "blocked_users" })
        compiled.ruleset.sets[blocked].elements = [SetElement(.uid(1500))]
        let containing = FlowEvaluator(compiled)
        #expect(containing.evaluate(packet(uid: 1500, owner: 1500)).verdict == .deny)
        #expect(containing.evaluate(packet(uid: nil, owner: 1500)).verdict == .deny, "the orphaned socket's packets too")
        #expect(containing.evaluate(packet(uid: nil, owner: nil)).verdict == .allow)
    }

    @Test("a learned quota per user compiles like one per host: the uid set carries the floor, the binding the multiple")
    func learnedPerUser() throws {
        let text = Self.policy.replacingOccurrences(of: "quota researchers 1 GiB per day per user",
                                                    with: "quota researchers 3x usual at least 1 GiB per day per user")
        let compiled = try #require(Self.build(text).compiled)
        let binding = try #require(compiled.quotas.first { $0.id == "uq_researchers_1d" })
        #expect(binding.learned?.floor == 1 << 30 && binding.learned?.words.hasPrefix("3x usual") == true,
                "\(String(describing: binding.learned))")
        #expect(binding.accounting == .userSets(set: "uq_researchers_1d_uid"))
        #expect(compiled.ruleset.set(named: "uq_researchers_1d_uid")?.stateful == .quotaOver(bytes: 1 << 30))
    }
}
