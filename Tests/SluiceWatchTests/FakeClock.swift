import Foundation
import Synchronization
@testable import SluiceWatch

/// A clock that moves only when a test moves it.
final class FakeClock: WatchClock {
    private let time: Mutex<Date>

    init(_ start: Date) {
        time = Mutex(start)
    }

    /// 2026-03-10T12:00:00Z: mid-day, mid-hour.
    static let noon = Date(timeIntervalSince1970: 1_773_144_000)

    func now() -> Date { time.withLock { $0 } }

    func advance(_ seconds: TimeInterval) {
        time.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    func set(_ date: Date) {
        time.withLock { $0 = date }
    }
}
