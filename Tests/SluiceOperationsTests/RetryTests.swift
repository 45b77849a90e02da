import Foundation
@testable import SluiceOperations
import Testing

/// The loop behind applies that plan again after a lost generation race (and the fleet's and the
/// confirmation timer's retries): it retries only what it is told to, tells of each retry, and
/// gives up with the last error once its time is up.
@Suite struct RetryTests {
    @Test func retriesUntilTheBodySucceeds() throws {
        var calls = 0, retries = 0
        let value = try TableOperations.retrying(for: .seconds(5), pause: .milliseconds(1), when: TableOperations.isLostRace,
                                                 retried: { _ in retries += 1 }) { () throws(OperationError) -> Int in
            calls += 1
            if calls < 3 { throw .lostRace }
            return 42
        }
        #expect(value == 42)
        #expect(calls == 3)
        #expect(retries == 2)
    }

    @Test func otherErrorsEndItAtOnce() {
        var calls = 0
        do {
            try TableOperations.retrying(for: .seconds(5), pause: .milliseconds(1), when: TableOperations.isLostRace) { () throws(OperationError) in
                calls += 1
                throw .nothingToRollBack
            }
            Issue.record("no error")
        } catch {
            guard case .nothingToRollBack = error else { Issue.record("\(error)"); return }
        }
        #expect(calls == 1)
    }

    @Test func givesUpWithTheLastErrorWhenTimeIsUp() {
        var calls = 0
        let started = ContinuousClock.now
        do {
            try TableOperations.retrying(for: .milliseconds(100), pause: .milliseconds(10), when: TableOperations.isLostRace) { () throws(OperationError) in
                calls += 1
                throw .lostRace
            }
            Issue.record("no error")
        } catch {
            #expect(TableOperations.isLostRace(error), "\(error)")
        }
        let spent = ContinuousClock.now - started
        #expect(calls >= 2, "it tried again before the time was up")
        #expect(spent >= .milliseconds(100), "it gave up before its time: \(spent)")
        #expect(spent < .seconds(5), "it went on long after its time: \(spent)")
    }

    @Test func aLostRaceIsTransientAndAMissingVersionIsNot() {
        #expect(TableOperations.isTransient(.lostRace))
        #expect(!TableOperations.isTransient(.nothingToRollBack))
    }
}
