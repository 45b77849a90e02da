import Foundation
import Logging
import SluiceCompiler
import Testing
@testable import SluiceWatch

/// The watcher says at start, and at every reload, which `alert exec` programs this machine cannot
/// run: a missing pager is found before a host exceeds its quota, not when the alert fails.
@Suite struct AlertProgramWarningTests {
    static let policy = """
        policy p {
          mode gateway
          egress "wan0"
        }
        group compute 10.20.0.0/16
        destination web 192.0.2.0/24
        allow compute to web on tcp/443
        quota compute 1 GB per day per host
        on exceed compute {
          block for 1h
          alert log, exec "/nonexistent/sluice-pager", exec "/bin/true"
        }
        """

    @Test func missingProgramsAreLoggedAtStartAndReload() {
        let compiled = TestPolicies.compile(Self.policy)
        let clock = FakeClock(FakeClock.noon)
        let (logger, lines) = RecordingLogHandler.logger()
        let engine = WatchEngine(compiled: compiled, configuration: .sweepingEveryPoll, kernel: FakeKernel(compiled, clock: clock),
                                 store: MemoryStore(), clock: clock, logger: logger)
        _ = engine.start()
        let warnings = { lines.all.filter { $0.level == .warning && $0.message.contains("alert program") } }
        #expect(warnings().count == 1, "\(lines.all.map(\.message))")
        #expect(warnings().first?.message.contains("/nonexistent/sluice-pager") == true)
        #expect(warnings().first?.message.contains("does not exist") == true)
        _ = try? engine.reload(compiled)
        #expect(warnings().count == 2, "a reload checks again")
    }
}
