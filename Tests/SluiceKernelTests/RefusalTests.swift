import Foundation
@testable import SluiceKernel
import SluiceCompiler
import SluiceLanguage
import Testing

@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct RefusalTests {
    static let otherTable = """
        table inet other {
        \tcounter seen {
        \t\tpackets 5 bytes 500
        \t}
        \tset peers { type ipv4_addr; elements = { 192.0.2.1 } }
        \tchain input {
        \t\ttype filter hook input priority 10; policy accept;
        \t\tip saddr @peers counter name "seen"
        \t}
        }
        """

    @Test func otherTablesAreNeverTouched() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        try ns.load(Self.otherTable)
        let before = try ns.list("other")
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try IncrementalApplyTests.apply(Fixtures.gateway(), connection)
        try IncrementalApplyTests.apply(Fixtures.gateway(computeV4: ["10.9.0.0/16"], ), connection)
        try connection.restoreQuotaUsage(table: "sluice", name: "tq_compute_1d", used: 1)
        #expect(try ns.list("other") == before)
        #expect(try ns.nft("list", "tables") == "table inet other\ntable inet sluice\n")
    }

    @Test func aRefusedApplyChangesNothingAndNamesThePolicyLine() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        try ns.load(Self.otherTable)
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try IncrementalApplyTests.apply(Fixtures.gateway(), connection)
        let before = try ns.list()
        let otherBefore = try ns.list("other")

        // A valid change plus a rule jumping to a chain that does not exist.
        var plan = try connection.plan(Fixtures.gateway(computeV4: ["10.21.0.0/16"]))
        let origin = SourceLocation(file: "bad.sluice", line: 7, column: 3)
        plan.operations.append(.addRule(chain: "egress", rule: Rule([.verdict(.jump("nowhere"))], origin: origin)))
        let error = #expect(throws: KernelError.self) {
            try connection.apply(plan, expectedGeneration: plan.generation)
        }
        guard case .refused(let refusals)? = error else {
            Issue.record("expected a refusal, got \(String(describing: error))")
            return
        }
        #expect(refusals.count == 1)
        #expect(refusals.first?.errno == ENOENT)
        #expect(refusals.first?.origin == origin)
        #expect(refusals.first?.chain == "egress")
        #expect(refusals.first?.operation == "add rule")
        #expect(error?.description.contains("bad.sluice:7") == true)
        #expect(try ns.list() == before)
        #expect(try ns.list("other") == otherBefore)
    }

    @Test func overlappingElementsAreRefusedByElement() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try IncrementalApplyTests.apply(Fixtures.gateway(), connection)
        let before = try ns.list()
        var overlapping = Fixtures.gateway()
        overlapping.sets[5].elements = [SetElement(Fixtures.address("10.20.0.0/16")),
                                        SetElement(Fixtures.address("10.20.1.0/24"))]
        let plan = try connection.plan(overlapping)
        let error = #expect(throws: KernelError.self) {
            try connection.apply(plan, expectedGeneration: plan.generation)
        }
        guard case .refused(let refusals)? = error else {
            Issue.record("expected a refusal, got \(String(describing: error))")
            return
        }
        #expect(refusals.first?.object == KernelObjectRef(.element, "10.20.1.0/24 of set g_compute_v4"))
        #expect(try ns.list() == before)
    }

    @Test func aLostGenerationRaceIsADistinctErrorAndChangesNothing() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try IncrementalApplyTests.apply(Fixtures.gateway(), connection)
        let plan = try connection.plan(Fixtures.gateway(computeV4: ["10.21.0.0/16"]))
        // Someone else commits in between.
        try ns.nft("add", "element", "inet", "sluice", "blocked_v4", "{ 10.1.1.1 }")
        let before = try ns.list()
        #expect(throws: KernelError.generationChanged(expected: plan.generation ?? 0)) {
            try connection.apply(plan, expectedGeneration: plan.generation)
        }
        #expect(try ns.list() == before)
        // Planning again sees the change and goes through.
        try IncrementalApplyTests.apply(Fixtures.gateway(computeV4: ["10.21.0.0/16"]), connection)
        #expect(try connection.readSet(table: "sluice", name: "blocked_v4").elements.count == 1)
    }

    @Test func dryRunCommitsNothing() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        let plan = try connection.plan(Fixtures.gateway())
        let outcome = try connection.apply(plan, expectedGeneration: plan.generation, dryRun: true)
        #expect(outcome.committed == false)
        #expect(outcome.messageCount > 20)
        #expect(try connection.readTable("sluice") == nil)
        #expect(try ns.nft("list", "ruleset") == "")

        // On an existing table: no change, and a refusal still comes back.
        try IncrementalApplyTests.apply(Fixtures.gateway(), connection)
        let before = try ns.list()
        let generation = try connection.generation()
        var bad = try connection.plan(Fixtures.gateway(computeV4: ["10.21.0.0/16"]))
        try connection.apply(bad, expectedGeneration: bad.generation, dryRun: true)
        #expect(try ns.list() == before)
        bad.operations.append(.addRule(chain: "egress", rule: Rule([.verdict(.goto("nowhere"))])))
        #expect(throws: KernelError.self) { try connection.apply(bad, expectedGeneration: bad.generation, dryRun: true) }
        #expect(try ns.list() == before)
        #expect(try connection.generation() == generation)
    }
}
