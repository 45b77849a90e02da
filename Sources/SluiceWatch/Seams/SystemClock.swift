import Foundation

/// The real wall clock.
public struct SystemClock: WatchClock {
    /// Creates the system clock.
    public init() {}

    /// The current time.
    public func now() -> Date { Date() }
}
