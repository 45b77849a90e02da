import Foundation
import SluiceSystem

extension TableOperations {
    /// Runs `body` again every 0.2 s while it fails with a transient error (`isTransient`), for up
    /// to `duration`: for the paths that apply with nobody there to "run it again".
    static func retryingTransient<T>(for duration: Duration, _ body: () throws(OperationError) -> T) throws(OperationError) -> T {
        try retrying(for: duration, pause: .milliseconds(200), when: isTransient, body)
    }

    /// Runs `body` again after `pause` while it fails with an error `retryable` accepts, until
    /// `duration` has passed; then its last error is thrown. `retried` hears of each retry.
    static func retrying<T>(for duration: Duration, pause: Duration, when retryable: (OperationError) -> Bool,
                            retried: (OperationError) -> Void = { _ in },
                            _ body: () throws(OperationError) -> T) throws(OperationError) -> T {
        let giveUp = ContinuousClock.now + duration
        while true {
            do {
                return try body()
            } catch let error where retryable(error) && ContinuousClock.now < giveUp {
                retried(error)
                Thread.sleep(forTimeInterval: pause.secondsValue)
            }
        }
    }

    /// A lost generation race: another program committed between the plan and the transaction,
    /// and the kernel refused the transaction whole.
    static func isLostRace(_ error: OperationError) -> Bool {
        if case .lostRace = error { true } else { false }
    }

    /// Errors worth retrying: someone else committed between read and write, or held the lock.
    static func isTransient(_ error: OperationError) -> Bool {
        switch error {
        case .lostRace: return true
        case .store(let e):
            if case .lockHeld = e.reason { return true }
            return false
        default: return false
        }
    }
}
