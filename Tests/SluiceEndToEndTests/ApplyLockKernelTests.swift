import SluiceLab
import Testing

/// Two `sluice apply` runs on the same state directory and namespace at once: the state lock
/// serializes them, so both succeed one after the other and the kernel ends with exactly one of
/// the two policies, never a mix, with both recorded.
@Suite("Apply: the state lock", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"),
       .timeLimit(.minutes(10)))
struct ApplyLockKernelTests {
    @Test("an apply started while another holds the lock waits for it, then applies on top of it")
    func waitsForTheLock() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice", "apply-v2.sluice", "apply-v3.sluice"])
        defer { applyLab.destroy() }
        #expect(try applyLab.sluice(["apply", applyLab.fixture("apply-v1.sluice")]).status == 0)

        // The first apply holds the lock (and has planned) for 1.5 s before it sends.
        let first = try HeldCommand.start(applyLab, ["apply", applyLab.fixture("apply-v2.sluice")], hold: .milliseconds(1500), name: "first")
        let held = first.waitUntilHeld()
        let started = ContinuousClock.now
        let second = try applyLab.sluice(["apply", applyLab.fixture("apply-v3.sluice")])
        let waited = started.duration(to: .now)
        let firstResult = try first.finish()
        #expect(held, "the first apply was never held: \(firstResult.standardError)")
        #expect(firstResult.status == 0 && firstResult.standardOutput.contains("applied version 2"),
                "the apply that held the lock: exit \(firstResult.status) \(firstResult.standardOutput) \(firstResult.standardError)")
        // Had the second one planned before the first committed, it would have lost the generation race.
        #expect(second.status == 0 && second.standardOutput.contains("applied version 3"),
                "the apply that waited for the lock: exit \(second.status) \(second.standardOutput) \(second.standardError)")
        #expect(waited >= .milliseconds(1000), "the second apply finished after \(waited), inside the first one's hold")
        let versions = try applyLab.history()
        #expect(versions.map(\.id) == [3, 2, 1] && versions.first?.live == true, "\(versions)")
        #expect(try applyLab.diffStatus("apply-v3.sluice") == 0)
        #expect(try applyLab.diffStatus("apply-v2.sluice") == 1)
    }

    @Test("two applies of different policies started together: both succeed, the kernel holds exactly one of them, history has both")
    func concurrentApplies() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice", "apply-v2.sluice", "apply-v3.sluice"])
        defer { applyLab.destroy() }
        let fixtures = ["apply-v1.sluice", "apply-v2.sluice", "apply-v3.sluice"]
        #expect(try applyLab.sluice(["apply", applyLab.fixture("apply-v1.sluice"), "-m", "apply-v1.sluice"]).status == 0)
        var recorded = 1
        var live = "apply-v1.sluice"
        for round in 0..<3 {
            // The two policies the kernel does not hold: an apply of the live one would record
            // nothing ("already holds this policy"), rightly.
            let pair = fixtures.filter { $0 != live }
            let results = Concurrently.map(pair) { fixture in try applyLab.sluice(["apply", applyLab.fixture(fixture), "-m", fixture]) }
            for (fixture, outcome) in zip(pair, results) {
                let result = try outcome.get()
                #expect(result.status == 0 || result.standardError.contains("lock"),
                        "round \(round), \(fixture): exit \(result.status) without a clear word about the lock: \(result.standardError)")
                if result.status == 0 { recorded += 1 }
            }
            let equal = try pair.filter { try applyLab.diffStatus($0) == 0 }
            #expect(equal.count == 1, "round \(round): the kernel matches \(equal) of \(pair)")
            let versions = try applyLab.history()
            #expect(versions.count == recorded, "round \(round): \(versions.count) versions for \(recorded) applies")
            // The live version is the newest, and it is the policy the kernel holds; both are recorded.
            #expect(versions.first?.live == true && versions.filter(\.live).count == 1, "\(versions)")
            #expect(versions.first?.message == equal.first, "the kernel holds \(equal), the history's live version is \(versions.first?.message ?? "none")")
            #expect(Set(versions.prefix(2).map(\.message)) == Set(pair), "round \(round): the last two versions are \(versions.prefix(2).map(\.message))")
            live = equal.first ?? live
        }
        #expect(recorded == 7, "\(7 - recorded) of 6 concurrent applies did not go through")
    }
}
