import Foundation
import SluiceCompiler
import SluiceKernel
import Testing

/// `NetfilterConnection.prepare`: `sluice apply` builds its transaction while the history records
/// the version, and sends it afterwards. Built ahead or not, the kernel must end up with the same
/// table and keep the same guards.
@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct PreparedTransactionTests {
    /// A prepared transaction leaves the table exactly as applying the plan does, for a first
    /// apply and for an incremental one.
    @Test func aPreparedTransactionCommitsWhatItsPlanWould() throws {
        let prepared = try TestNamespace()
        defer { prepared.remove() }
        let direct = try TestNamespace()
        defer { direct.remove() }
        let viaPrepare = try NetfilterConnection(namespace: prepared.namespace)
        let viaPlan = try NetfilterConnection(namespace: direct.namespace)
        for ruleset in [Fixtures.gateway(), Fixtures.gateway(computeV4: ["10.21.0.0/16", "10.40.0.0/24"])] {
            let plan = try viaPrepare.plan(ruleset)
            let transaction = try #require(try viaPrepare.prepare(plan, expectedGeneration: plan.generation))
            let outcome = try viaPrepare.apply(transaction)
            #expect(outcome.committed)
            try IncrementalApplyTests.apply(ruleset, viaPlan)
            #expect(try prepared.list() == direct.list())
        }
        // Nothing is left to send for the same policy again: nothing is built ahead.
        let again = try viaPrepare.plan(Fixtures.gateway(computeV4: ["10.21.0.0/16", "10.40.0.0/24"]))
        #expect(try viaPrepare.prepare(again, expectedGeneration: again.generation) == nil)
    }

    /// Someone else's commit between building and sending makes the kernel refuse the
    /// transaction whole, as it refuses a plan that aged.
    @Test func aTransactionBuiltBeforeAnotherCommitIsRefusedWhole() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let (connection, plan, transaction) = try Self.changeBuiltAhead(in: ns)
        try ns.nft("add", "element", "inet", "sluice", "blocked_v4", "{ 10.1.1.1 }")
        let before = try ns.list()
        #expect(throws: KernelError.generationChanged(expected: plan.generation ?? 0)) {
            try connection.apply(transaction)
        }
        #expect(try ns.list() == before)
    }

    /// The connection used for something else in between (here: reading a set) still commits the
    /// transaction, built again with the connection's current sequence numbers.
    @Test func aTransactionOutlivedByOtherRequestsStillCommits() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let (connection, _, transaction) = try Self.changeBuiltAhead(in: ns)
        _ = try connection.readSet(table: "sluice", name: "blocked_v4")
        #expect(try connection.apply(transaction).committed)
        #expect(try ns.list().contains("10.21.0.0/16"))
    }

    /// The gateway applied in `ns`, then a change of it planned and its transaction built ahead.
    private static func changeBuiltAhead(in ns: TestNamespace) throws -> (NetfilterConnection, ApplyPlan, PreparedTransaction) {
        let connection = try NetfilterConnection(namespace: ns.namespace)
        try IncrementalApplyTests.apply(Fixtures.gateway(), connection)
        let plan = try connection.plan(Fixtures.gateway(computeV4: ["10.21.0.0/16"]))
        return (connection, plan, try #require(try connection.prepare(plan, expectedGeneration: plan.generation)))
    }

    /// A plan that must be checked against the table at sending (no generation) is not built ahead.
    @Test func aPlanWithoutItsGenerationIsNotBuiltAhead() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        let connection = try NetfilterConnection(namespace: ns.namespace)
        let plan = try connection.plan(Fixtures.gateway())
        #expect(try connection.prepare(plan, expectedGeneration: nil) == nil)
        #expect(try connection.prepare(plan, expectedGeneration: (plan.generation ?? 0) &+ 1) == nil)
    }
}
