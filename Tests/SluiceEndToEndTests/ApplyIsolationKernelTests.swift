import Foundation
import SluiceCompiler
import SluiceLab
import Testing

/// An apply touches Sluice's table only, and a refused apply touches nothing: another program's
/// table is byte-identical after applies, a rollback and refused applies, and Sluice's own table
/// is byte-identical after each refusal, whether Sluice refused the policy, the kernel refused
/// the transaction, or another program committed between plan and apply.
@Suite("Apply: nothing else disturbed", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"),
       .timeLimit(.minutes(10)))
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

    /// What an apply must leave alone: the other program's table as it was, and after a refusal,
    /// Sluice's own table and its history as they were.
    typealias Untouched = (bystander: String, live: String, versions: [HistoryEntry])

    @Test("applies, a rollback, a policy error, a kernel refusal and a lost generation race leave another table alone")
    func nothingElseDisturbed() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice", "apply-v2.sluice", "apply-v3.sluice"])
        defer { applyLab.destroy() }
        let bystander = try addBystander(applyLab)
        let untouched = try applyAndRollBack(applyLab, bystander: bystander)

        // (a) A policy with an error: diagnostics with FILE:LINE:COL, exit 1, the kernel untouched.
        try refusePolicyError(applyLab, untouched)

        // (b) The kernel refuses the transaction. Whatever is found in Sluice's own table, the
        // planner reconciles (a set of the wrong type is recreated, stray elements, chains and
        // objects are removed) or refuses itself before sending anything (maps, concatenations,
        // anonymous sets, a table Sluice did not create); so the refusal comes from a table with
        // Sluice's mark that another program owns (NFT_TABLE_F_OWNER): the kernel answers EPERM
        // to every message of the transaction.
        let owner = try TableOwner.start(in: applyLab, table: "owned")
        defer { owner.stop() }
        try refuseInKernel(applyLab, untouched)

        // (c) Another program commits (in a table of its own) after the apply planned and before
        // it sends: the generation check makes the kernel refuse the whole transaction, and the
        // apply plans again.
        try loseGenerationRace(applyLab, untouched)
    }

    /// Installs another program's table; returns its listing.
    private func addBystander(_ applyLab: ApplyLab) throws -> String {
        try applyLab.nft(["-f", "-"], input: Self.bystander)
        let bystander = try #require(try applyLab.listing("bystander"))
        #expect(bystander.contains("counter seen") && bystander.contains("chain keep"), "\(bystander)")
        return bystander
    }

    /// The other program's table is still `bystander` after `step`.
    private func expectBystanderKept(_ applyLab: ApplyLab, _ bystander: String, after step: String,
                                     sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try applyLab.listing("bystander") == bystander, "table inet bystander changed after \(step)",
                sourceLocation: sourceLocation)
    }

    /// Nothing changed in the kernel or the history after the refused `step`.
    private func expectNothingApplied(_ applyLab: ApplyLab, _ untouched: Untouched, after step: String,
                                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        try expectBystanderKept(applyLab, untouched.bystander, after: step, sourceLocation: sourceLocation)
        #expect(try applyLab.listing() == untouched.live, "table inet sluice changed after \(step)", sourceLocation: sourceLocation)
        #expect(try applyLab.history() == untouched.versions, "the history changed after \(step)", sourceLocation: sourceLocation)
    }

    /// Two applies and a rollback, each leaving the bystander alone; returns what the refusals
    /// after them must leave as it is.
    private func applyAndRollBack(_ applyLab: ApplyLab, bystander: String) throws -> Untouched {
        for (fixture, version) in [("apply-v1.sluice", 1), ("apply-v2.sluice", 2)] {
            let applied = try applyLab.sluice(["apply", applyLab.fixture(fixture)])
            #expect(applied.status == 0 && applied.standardOutput.contains("applied version \(version)"), "\(applied.standardError)")
            try expectBystanderKept(applyLab, bystander, after: "apply \(fixture)")
        }
        let rolledBack = try applyLab.sluice(["rollback"])
        #expect(rolledBack.status == 0, "sluice rollback: \(rolledBack.standardError)")
        try expectBystanderKept(applyLab, bystander, after: "rollback")
        let live = try #require(try applyLab.listing())
        let versions = try applyLab.history()
        #expect(versions.count == 3)
        return (bystander, live, versions)
    }

    /// (a) A policy with an error is refused with its diagnostics, and nothing is applied.
    private func refusePolicyError(_ applyLab: ApplyLab, _ untouched: Untouched) throws {
        let bad = applyLab.fixture("apply-bad.sluice")
        let refused = try applyLab.sluice(["apply", bad])
        #expect(refused.status == 1, "apply of a policy with an error: exit \(refused.status)")
        #expect(refused.standardError.contains("\(bad):14:18: error: undefined name 'nowhere'"), "\(refused.standardError)")
        #expect(refused.standardError.contains("nothing was applied"), "\(refused.standardError)")
        #expect(refused.standardOutput.isEmpty, "\(refused.standardOutput)")
        try expectNothingApplied(applyLab, untouched, after: "the apply of a policy with an error")
    }

    /// (b) An apply to the table another program owns: the kernel refuses it, and nothing is
    /// applied or recorded.
    private func refuseInKernel(_ applyLab: ApplyLab, _ untouched: Untouched) throws {
        let ownedBefore = try #require(try applyLab.listing("owned"))
        let kernelRefused = try applyLab.sluice(["apply", applyLab.fixture("apply-v3.sluice"), "--table", "owned"])
        #expect(kernelRefused.status == 1, "apply refused by the kernel: exit \(kernelRefused.status) \(kernelRefused.standardError)")
        #expect(kernelRefused.standardError.contains("the kernel refused the transaction, nothing was applied"),
                "\(kernelRefused.standardError)")
        #expect(kernelRefused.standardError.contains("Operation not permitted"), "\(kernelRefused.standardError)")
        #expect(try applyLab.listing("owned") == ownedBefore, "the refused transaction changed the owned table")
        #expect(try applyLab.history(table: "owned").isEmpty, "a refused apply was recorded")
        try expectNothingApplied(applyLab, untouched, after: "an apply the kernel refused")
    }

    /// (c) An apply held between plan and send while another program commits: the kernel refuses
    /// the whole transaction; the apply plans again from what the kernel holds then and goes
    /// through, as nft does, and says so. The other program's table stays as it made it, and the
    /// refused attempt is not recorded.
    private func loseGenerationRace(_ applyLab: ApplyLab, _ untouched: Untouched) throws {
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
        #expect(try applyLab.history().count == untouched.versions.count + 1, "the refused attempt was recorded, or the retry was not")
        try expectBystanderKept(applyLab, untouched.bystander, after: "the apply that lost a race and was planned again")
    }
    @Test("a table whose conntrack mark bits another Sluice table of the namespace sets is refused; one with its own is applied")
    func sharedConnectionMarksAreRefused() throws {
        let names = (UInt8(ascii: "a")...UInt8(ascii: "z")).map { String(UnicodeScalar($0)) }
        let first = names[1]
        let sharing = try #require(names.first { $0 != first && ConnectionMarks(table: $0) == ConnectionMarks(table: first) })
        let own = try #require(names.first { ConnectionMarks(table: $0) != ConnectionMarks(table: first) })
        let applyLab = try ApplyLab.start(["apply-v1.sluice"])
        defer { applyLab.destroy() }
        #expect(try applyLab.sluice(["apply", applyLab.fixture("apply-v1.sluice"), "--table", first]).status == 0)
        let firstBefore = try applyLab.listing(first)
        // Either way round: a connection one admitted would pass the other's replies accept.
        for option in [[], ["--dry-run"]] {
            let refused = try applyLab.sluice(["apply", applyLab.fixture("apply-v1.sluice"), "--table", sharing] + option)
            #expect(refused.status == 1, "\(option): \(refused)")
            #expect(refused.standardError.contains("table inet \(sharing) would set the same conntrack mark bits as table inet \(first)"),
                    "\(refused.standardError)")
        }
        #expect(try applyLab.listing(sharing) == nil && applyLab.history(table: sharing).isEmpty)
        #expect(try applyLab.listing(first) == firstBefore, "a refused apply changed the other table")
        #expect(try applyLab.sluice(["apply", applyLab.fixture("apply-v1.sluice"), "--table", own]).status == 0)
        #expect(try applyLab.sluice(["apply", applyLab.fixture("apply-v1.sluice")]).status == 0, "the default table")
    }
}

