import SluiceLab
import Testing

/// Two different sets whose names come out alike stay two sets in the kernel: each group reaches
/// its own targets and not the other's (lab-collisions.sluice; `SetNameCollisionTests` for how
/// the names collide).
@Suite("Colliding set names stay apart in the kernel", .disabled(if: TestEnvironment.kernelTestsSkipped,
       "SLUICE_SKIP_KERNEL_TESTS=1"), .timeLimit(.minutes(10)))
struct SetNameCollisionKernelTests {
    @Test func eachGroupReachesItsOwnTargetsOnly() throws {
        let policyLab = try PolicyLab.start(TestEnvironment.fixture("lab-collisions.sluice"))
        defer { policyLab.destroy() }
        #expect(policyLab.build?.diagnostics.isEmpty == true, "\(policyLab.build?.renderedDiagnostics ?? "")")
        let replay = try ExpectationReplay.run(policyLab)
        replay.checkAgreement()
        #expect(replay.probes.count >= 8)
    }
}
