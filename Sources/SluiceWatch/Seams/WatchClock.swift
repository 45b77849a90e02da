import Foundation

/// The wall clock the watcher reads: windows, expiries and rate limits all follow it, so tests
/// replace it with one they move by hand.
public protocol WatchClock: Sendable {
    /// The current time.
    func now() -> Date
}
