import Foundation
import SluiceCompiler
import SluiceLab
import Testing

/// An apply touches Sluice's table only, and a refused apply touches nothing: another program's
/// table is byte-identical after applies, a rollback and refused applies, and Sluice's own table
/// is byte-identical after each refusal, whether Sluice refused the policy, the kernel refused
/// the transaction, or another program committed between plan and apply.
@Suite("Apply: nothing else disturbed", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"),
       .timeLimit(.minutes(3)))
struct ApplyIsolationKernelTests {
    /// Another program's table: a base chain on the same hook as Sluice's, a rule, a named counter
    /// and a set. The test sends no traffic, so its counters stay put.
    static let bystander = """
        table inet bystander {
        \tcounter seen {
        \t}
        \tset friends {
        \t\ttype ipv4_addr
        \t\telements = { 192.0.2.99 }
        \t}
        \tchain keep {
        \t\ttype filter hook forward priority 10; policy accept;
        \t\tip daddr @friends counter name "seen" accept
        \t}
        }
        """

    @Test("applies, a rollback, a policy error, a kernel refusal and a lost generation race leave another table alone")
    func nothingElseDisturbed() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice", "apply-v2.sluice", "apply-v3.sluice"])
        defer { applyLab.destroy() }
        try applyLab.nft(["-f", "-"], input: Self.bystander)
        let bystander = try #require(try applyLab.listing("bystander"))
        #expect(bystander.contains("counter seen") && bystander.contains("chain keep"), "\(bystander)")
        func bystanderKept(_ step: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            #expect(try applyLab.listing("bystander") == bystander, "table inet bystander changed after \(step)",
                    sourceLocation: sourceLocation)
        }

        for (fixture, version) in [("apply-v1.sluice", 1), ("apply-v2.sluice", 2)] {
            let applied = try applyLab.sluice(["apply", applyLab.fixture(fixture)])
            #expect(applied.status == 0 && applied.standardOutput.contains("applied version \(version)"), "\(applied.standardError)")
            try bystanderKept("apply \(fixture)")
        }
        let rolledBack = try applyLab.sluice(["rollback"])
        #expect(rolledBack.status == 0, "sluice rollback: \(rolledBack.standardError)")
        try bystanderKept("rollback")
        let live = try #require(try applyLab.listing())
        let versions = try applyLab.history()
        #expect(versions.count == 3)
        func nothingApplied(_ step: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            try bystanderKept(step, sourceLocation: sourceLocation)
            #expect(try applyLab.listing() == live, "table inet sluice changed after \(step)", sourceLocation: sourceLocation)
            #expect(try applyLab.history() == versions, "the history changed after \(step)", sourceLocation: sourceLocation)
        }

        // (a) A policy with an error: diagnostics with FILE:LINE:COL, exit 1, the kernel untouched.
        let bad = applyLab.fixture("apply-bad.sluice")
        let refused = try applyLab.sluice(["apply", bad])
        #expect(refused.status == 1, "apply of a policy with an error: exit \(refused.status)")
        #expect(refused.standardError.contains("\(bad):14:18: error: undefined name 'nowhere'"), "\(refused.standardError)")
        #expect(refused.standardError.contains("nothing was applied"), "\(refused.standardError)")
        #expect(refused.standardOutput.isEmpty, "\(refused.standardOutput)")
        try nothingApplied("the apply of a policy with an error")

        // (b) The kernel refuses the transaction. Whatever is found in Sluice's own table, the
        // planner reconciles (a set of the wrong type is recreated, stray elements, chains and
        // objects are removed) or refuses itself before sending anything (maps, concatenations,
        // anonymous sets, a table Sluice did not create); so the refusal comes from a table with
        // Sluice's mark that another program owns (NFT_TABLE_F_OWNER): the kernel answers EPERM
        // to every message of the transaction.
        let owner = try TableOwner.start(in: applyLab, table: "owned")
        defer { owner.stop() }
        let ownedBefore = try #require(try applyLab.listing("owned"))
        let kernelRefused = try applyLab.sluice(["apply", applyLab.fixture("apply-v3.sluice"), "--table", "owned"])
        #expect(kernelRefused.status == 1, "apply refused by the kernel: exit \(kernelRefused.status) \(kernelRefused.standardError)")
        #expect(kernelRefused.standardError.contains("the kernel refused the transaction, nothing was applied"),
                "\(kernelRefused.standardError)")
        #expect(kernelRefused.standardError.contains("Operation not permitted"), "\(kernelRefused.standardError)")
        #expect(try applyLab.listing("owned") == ownedBefore, "the refused transaction changed the owned table")
        #expect(try applyLab.history(table: "owned").isEmpty, "a refused apply was recorded")
        try nothingApplied("an apply the kernel refused")

        // (c) Another program commits (in a table of its own) after the apply planned and before
        // it sends: the generation check makes the kernel refuse the whole transaction. The apply
        // plans again from what the kernel holds then and goes through, as nft does, and says so;
        // the other program's table stays as it made it, and the refused attempt is not recorded.
        let held = try HeldCommand.start(applyLab, ["apply", applyLab.fixture("apply-v3.sluice")], hold: .milliseconds(1500), name: "race")
        let inWindow = held.waitUntilHeld()
        try applyLab.nft(["add", "table", "inet", "racer"])
        let raced = try held.finish()
        #expect(inWindow, "the apply was never held before its transaction: \(raced.standardError)")
        #expect(raced.status == 0, "an apply that lost the generation race once: exit \(raced.status) \(raced.standardError)")
        #expect(raced.standardError.contains("the kernel refused the transaction whole and it was planned again (1 time)"),
                "\(raced.standardError)")
        #expect(try applyLab.listing("racer") != nil)
        #expect(try applyLab.diffStatus("apply-v3.sluice") == 0)
        #expect(try applyLab.history().count == versions.count + 1, "the refused attempt was recorded, or the retry was not")
        try bystanderKept("the apply that lost a race and was planned again")
    }
}
