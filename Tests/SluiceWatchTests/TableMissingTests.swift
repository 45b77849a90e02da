import Foundation
import SluiceCompiler
import Testing
@testable import SluiceWatch

/// Sluice's table deleted under the watcher (another program's `nft flush ruleset`): nothing is
/// enforced, so it is alerted once on every sink and not reported read by read; when the table is
/// applied again the watcher says so and puts back what the new table lacks.
@Suite struct TableMissingTests {
    @Test func aVanishedTableIsAlertedOnceAndItsReturnReconciled() throws {
        let (logger, log) = RecordingLogHandler.logger()
        let h = Harness(TestPolicies.gateway, logger: logger)
        h.start()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 300_000)
        h.handle(h.quotaLog("hq_login_1h", from: "10.10.1.5"))   // blocked for 1h
        h.poll()
        #expect(h.alerts.map(\.event) == ["contained"])

        h.kernel.deleteTable()
        h.clock.advance(1)
        h.poll()
        h.clock.advance(1)
        h.poll()
        h.poll()
        #expect(h.alerts.map(\.event) == ["contained", "table-missing"], "one alert, not one per poll")
        let missing = try #require(h.alerts.last)
        #expect(missing.line.contains("not enforced until the policy is applied again"), "\(missing.line)")
        let messages = log.all.map(\.message)
        #expect(!messages.contains { $0 == "poll read failed" || $0 == "could not read quota usage" },
                "the polls of a missing table are not reported read by read: \(messages)")
        #expect(log.all.filter { $0.level == .critical }.map(\.message) == ["the table is gone; nothing is enforced until it is applied again"])

        // Applied again: an empty table. The watcher says so, and puts usage and the block back.
        h.kernel.createTable()
        h.clock.advance(1)
        h.poll()
        h.clock.advance(3)
        h.poll()
        #expect(h.alerts.map(\.event) == ["contained", "table-missing", "table-restored"])
        #expect(h.kernel.hosts(in: "blocked_v4") == ["10.10.1.5"], "the block was not put back")
        #expect(h.kernel.element("hq_compute_1d_v4", "10.20.1.1")?.quotaUsed == 300_000, "the usage was not put back")
    }
}
