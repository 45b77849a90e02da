import SluiceCompiler
import SluiceLab
import Testing

/// `sluice apply --dry-run`: the kernel checks the whole transaction and commits nothing, and the
/// history records nothing; a transaction the kernel would refuse is reported as refused.
@Suite("Apply: dry run", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"),
       .timeLimit(.minutes(10)))
struct ApplyDryRunKernelTests {
    @Test("a dry run changes nothing and records nothing; a dry run the kernel would refuse exits 1 with the kernel's refusal")
    func dryRun() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice", "apply-v2.sluice"])
        defer { applyLab.destroy() }
        let v1 = applyLab.fixture("apply-v1.sluice"), v2 = applyLab.fixture("apply-v2.sluice")

        // As a first apply: no table appears.
        let first = try applyLab.sluice(["apply", v1, "--dry-run"])
        #expect(first.status == 0 && first.standardOutput.contains("dry run: the kernel accepted the transaction"),
                "\(first.standardOutput) \(first.standardError)")
        #expect(try applyLab.listing() == nil, "a dry run created table inet sluice")
        #expect(try applyLab.history().isEmpty, "a dry run was recorded")

        #expect(try applyLab.sluice(["apply", v1]).status == 0)
        let live = try #require(try applyLab.listing())
        let versions = try applyLab.history()
        let dry = try applyLab.sluice(["apply", v2, "--dry-run"])
        #expect(dry.status == 0, "\(dry.standardError)")
        #expect(dry.standardOutput.contains("sets: 3 added") && dry.standardOutput.contains("nothing was committed"),
                "the dry run does not say what would change: \(dry.standardOutput)")
        #expect(try applyLab.listing() == live, "a dry run changed the table")
        #expect(try applyLab.history() == versions, "a dry run was recorded")
        #expect(try applyLab.diffStatus("apply-v1.sluice") == 0)
        // The real apply afterwards goes through: the dry run left nothing half-done in the kernel.
        #expect(try applyLab.sluice(["apply", v2]).status == 0)
        #expect(try applyLab.diffStatus("apply-v2.sluice") == 0)

        // A transaction the kernel refuses (a table another netlink socket owns, see
        // ApplyIsolationKernelTests): the dry run reports the kernel's refusal and exits 1, the
        // code of `OperationError.isRefusal` for `KernelError.refused`, not 3.
        let owner = try TableOwner.start(in: applyLab, table: "owned")
        defer { owner.stop() }
        let ownedBefore = try applyLab.listing("owned")
        let refused = try applyLab.sluice(["apply", v2, "--dry-run", "--table", "owned"])
        #expect(refused.status == 1, "a dry run the kernel refuses: exit \(refused.status)")
        #expect(refused.standardError.contains("the kernel refused the transaction") && refused.standardError.contains("Operation not permitted"),
                "\(refused.standardError)")
        #expect(!refused.standardOutput.contains("the kernel accepted"), "\(refused.standardOutput)")
        #expect(try applyLab.listing("owned") == ownedBefore)
        #expect(try applyLab.history(table: "owned").isEmpty)
    }
}
