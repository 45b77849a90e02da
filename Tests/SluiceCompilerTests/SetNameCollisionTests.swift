import SluiceLanguage
import Testing
@testable import SluiceCompiler

/// Set names derive from policy names and 32-bit hashes of literal lists. Two different sets that
/// come out under one name must stay two sets: when the compiler kept the first and pointed both
/// rules at it, one group reached the other's targets and lost its own, with `check` saying ok.
@Suite struct SetNameCollisionTests {
    /// A gateway and two groups, g1 and g2.
    static let twoGroups = """
        policy p {
          mode gateway
          egress "wan0"
        }
        group g1 10.1.0.0/24
        group g2 10.2.0.0/24

        """

    static func build(_ text: String) -> PolicyBuild {
        PolicyBuild.build(path: "c.sluice", fileSystem: InMemoryFileSystem(["c.sluice": text]),
                          users: UserTable([:]))
    }

    static func verdict(_ compiled: CompiledPolicy, _ source: String?, _ destination: String, port: UInt16 = 443,
                        uid: UInt32? = nil) -> Verdict {
        let destination = IPAddress(destination)!
        return FlowEvaluator(compiled).evaluate(Packet(
            family: destination.family, source: source.flatMap(IPAddress.init), destination: destination, l4proto: 6,
            destinationPort: port, outputInterface: "wan0", uid: uid)).verdict
    }

    @Test("two literal lists whose hashes agree")
    func literalListsHashingAlike() throws {
        // Found by brute force: both lists name t_l0e10f410.
        let build = Self.build(Self.twoGroups + """
            allow g1 to 192.0.2.0, 198.51.100.92, 203.0.113.254 on tcp/443
            allow g2 to 192.0.2.1, 198.51.100.21, 203.0.113.5 on tcp/443
            """)
        let compiled = try #require(build.compiled, "\(build.renderedDiagnostics)")
        #expect(Self.verdict(compiled, "10.2.0.5", "192.0.2.0") == .deny, "g2 reached g1's target")
        #expect(Self.verdict(compiled, "10.2.0.5", "192.0.2.1") == .allow, "g2 lost its own target")
        #expect(Self.verdict(compiled, "10.1.0.5", "192.0.2.0") == .allow)
        #expect(Self.verdict(compiled, "10.1.0.5", "192.0.2.1") == .deny)
        let names = compiled.ruleset.sets.map(\.name)
        #expect(Set(names).count == names.count)
    }

    @Test("a destination named like the hash of another rule's literals")
    func destinationNamedLikeAHash() throws {
        let build = Self.build(Self.twoGroups + """
            destination a 198.51.100.1
            destination l8f716444 192.0.2.0/24
            allow g1 to a, l8f716444 on tcp/443
            allow g2 to a, 203.0.113.7 on tcp/443
            """)
        let compiled = try #require(build.compiled, "\(build.renderedDiagnostics)")
        #expect(Self.verdict(compiled, "10.2.0.5", "192.0.2.9") == .deny, "g2 reached g1's destination")
        #expect(Self.verdict(compiled, "10.2.0.5", "203.0.113.7") == .allow, "g2 lost its own target")
        #expect(Self.verdict(compiled, "10.1.0.5", "192.0.2.9") == .allow)
    }

    @Test("a users set named like a group's family set")
    func usersSetNamedLikeAGroupSet() throws {
        let build = Self.build("""
            policy p {
              mode host
            }
            users foo_v4 1298412486
            group foo 10.1.0.0/24
            allow foo_v4 to 198.51.100.1 on tcp/443
            allow foo to 192.0.2.1 on tcp/443
            """)
        let compiled = try #require(build.compiled, "\(build.renderedDiagnostics)")
        for set in compiled.ruleset.sets where set.keyType == .uid {
            let users = compiled.ruleset.chains.flatMap(\.rules).flatMap(\.statements).contains {
                guard case .match(let m) = $0, m.key == .ipSaddr, case .set(let name) = m.value else { return false }
                return name == set.name
            }
            #expect(!users, "\(set.name) holds uids but an address match reads it")
        }
        #expect(Self.verdict(compiled, "10.1.0.5", "192.0.2.1") == .allow, "the group lost its allow")
        #expect(Self.verdict(compiled, "198.51.100.77", "192.0.2.1") == .deny,
                "an address spelled by the uid's bytes passed as the group")
    }

    @Test("users sets named together past a set's size are an error, not a set cut short")
    func usersUnionPastTheLimit() {
        let build = Self.build("""
            policy p {
              mode host
            }
            users big 1000-66535
            users one 100000, 200000-200005
            allow big, one to 192.0.2.3
            """)
        #expect(build.compiled == nil)
        let error = build.diagnostics.first { $0.id == .tooManyUsers }
        #expect(error?.location.line == 6 && error?.message.contains("65543 uids together") == true,
                "\(build.renderedDiagnostics)")
    }
}
