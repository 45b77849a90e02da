import Foundation

/// Waiting for something that happens asynchronously (a watcher's reaction, a kernel timeout).
enum Eventually {
    /// Checks `condition` every `interval` seconds until it holds or `seconds` have passed; returns
    /// how long it took to hold, or nil if it never did. The condition is always checked at least once.
    @discardableResult
    static func wait(seconds: Double, interval: Double = 0.05, _ condition: () -> Bool) -> Duration? {
        let start = ContinuousClock.now
        let deadline = start + .milliseconds(Int64(seconds * 1000))
        while true {
            if condition() { return ContinuousClock.now - start }
            if ContinuousClock.now >= deadline { return nil }
            Thread.sleep(forTimeInterval: interval)
        }
    }

    /// Sleeps until `instant` (returns at once if it has passed).
    static func sleep(until instant: ContinuousClock.Instant) {
        let left = ContinuousClock.now.duration(to: instant)
        guard left > .zero else { return }
        Thread.sleep(forTimeInterval: Double(left.components.seconds) + Double(left.components.attoseconds) / 1e18)
    }
}
