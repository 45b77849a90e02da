import Foundation
import SluiceLab
import Testing

/// Busy hosts commit to nftables in bursts (container runtimes, fail2ban). Reading Sluice's table
/// back (`diff`, `status`, an apply's plan, the watcher's polls) must ride out a burst, not give
/// up after a few tries.
@Suite("Reading the table on a host that commits in bursts", .disabled(if: TestEnvironment.kernelTestsSkipped,
       "SLUICE_SKIP_KERNEL_TESTS=1"), .timeLimit(.minutes(10)))
struct BusyHostKernelTests {
    @Test("sluice diff during a burst of another program's commits waits it out and reports no change")
    func diffDuringABurst() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice"])
        defer { applyLab.destroy() }
        #expect(try applyLab.sluice(["apply", applyLab.fixture("apply-v1.sluice")]).status == 0)

        // One commit every 0.1 ms or so on an idle machine, for 1.5 s.
        let burst = try applyLab.commitBurst(seconds: 1.5)

        let diff = try applyLab.sluice(["diff", applyLab.fixture("apply-v1.sluice")])
        let burstRan = try burst.wait(timeout: .seconds(60))
        #expect(burstRan == 0 || burstRan == 124, "the other program's nft failed: exit \(String(describing: burstRan))")
        #expect(diff.status == 0, "diff during the burst: exit \(diff.status): \(diff.standardError)")
    }
}
