import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import Testing

/// The learned sets of destinations by name on the real kernel: one answer's addresses go into
/// several sets in one transaction (all or none), and a second answer refreshes the timeout.
@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct LearnedSetKernelTests {
    @Test func oneTransactionAcrossSetsAllOrNone() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        let ruleset = Fixtures.compiled("Tests/Fixtures/dns-names.sluice")
        let plan = try connection.plan(ruleset)
        try connection.apply(plan, expectedGeneration: plan.generation)

        try connection.addElements([
            ("dn_pypi_v4", [SetElement(Fixtures.address("198.51.100.1"), timeout: 35_000)]),
            ("dn_pypi_v6", [SetElement(Fixtures.address("2001:db8::1"), timeout: 35_000)]),
        ], table: ruleset.table)
        let v4 = try connection.readSet(table: ruleset.table, name: "dn_pypi_v4").elements
        let v6 = try connection.readSet(table: ruleset.table, name: "dn_pypi_v6").elements
        #expect(v4.map(\.key) == [Fixtures.address("198.51.100.1")] && v4.first?.timeout == 35_000)
        #expect(v6.map(\.key) == [Fixtures.address("2001:db8::1")])

        // A later answer with a longer TTL: the element's timeout and expiry move on.
        try connection.addElements([("dn_pypi_v4", [SetElement(Fixtures.address("198.51.100.1"), timeout: 600_000)])],
                                   table: ruleset.table)
        let refreshed = try connection.readSet(table: ruleset.table, name: "dn_pypi_v4").elements
        #expect(refreshed.count == 1)
        #expect((refreshed.first?.expires ?? 0) > 35_000, "\(refreshed)")

        // A batch touching a policy set is refused whole: the learned set gains nothing.
        #expect(throws: KernelError.self) {
            try connection.addElements([
                ("dn_partner_v4", [SetElement(Fixtures.address("198.51.100.200"), timeout: 35_000)]),
                ("g_ops_v4", [SetElement(Fixtures.address("10.9.0.1"))]),
            ], table: ruleset.table)
        }
        #expect(try connection.readSet(table: ruleset.table, name: "dn_partner_v4").elements.isEmpty)

        // The learned elements are the running system's: applying the policy again keeps them.
        let again = try connection.plan(ruleset)
        #expect(again.isEmpty, "\(again.summary)")
        try connection.apply(again, expectedGeneration: again.generation)
        #expect(try connection.readSet(table: ruleset.table, name: "dn_pypi_v6").elements.count == 1)
    }
}
