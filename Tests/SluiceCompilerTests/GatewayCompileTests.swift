import SluiceCompiler
import SluiceLanguage
import Testing

/// `gateway NAME { egress ... }`: compiled for gateway NAME, its egress replaces the policy's, in
/// the compiled policy and the ruleset's egress set; other gateways and no gateway keep the policy's.
@Suite struct GatewayCompileTests {
    static let policy = """
        policy site {
          mode gateway
          egress "wan0"
          management soc
        }
        group soc 10.0.0.0/28
        allow soc to any
        gateway border-b { egress "ens5", "ens6" }
        """

    private func build(_ gateway: String?) -> PolicyBuild {
        PolicyBuild.build(path: "site.sluice", fileSystem: InMemoryFileSystem(["site.sluice": Self.policy]), gateway: gateway)
    }

    private func egressSet(_ build: PolicyBuild) -> [String] {
        build.compiled?.ruleset.sets.first { $0.name == "egress_if" }?.elements.map { "\($0)" } ?? []
    }

    @Test func aGatewaysBlockReplacesThePolicysEgressOnlyForThatGateway() throws {
        let plain = build(nil), b = build("border-b"), a = build("border-a")
        #expect(plain.diagnostics.isEmpty, "\(plain.renderedDiagnostics)")
        #expect(plain.compiled?.egressInterfaces == ["wan0"])
        #expect(a.compiled?.egressInterfaces == ["wan0"])
        #expect(b.compiled?.egressInterfaces == ["ens5", "ens6"])
        #expect(egressSet(b).count == 2 && egressSet(b).allSatisfy { $0.contains("ens") }, "\(egressSet(b))")
        #expect(egressSet(plain).count == 1 && egressSet(plain).allSatisfy { $0.contains("wan0") }, "\(egressSet(plain))")
        #expect(plain.policy?.gateways.map(\.name) == ["border-b"])
    }
}
