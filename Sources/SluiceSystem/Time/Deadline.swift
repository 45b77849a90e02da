import Glibc

/// A point on the monotonic clock by which an operation must be done.
public struct Deadline: Sendable {
    /// The moment itself.
    public let instant: ContinuousClock.Instant

    /// The deadline `duration` from now.
    public init(after duration: Duration) {
        instant = ContinuousClock.now.advanced(by: duration)
    }

    /// Time left, never negative.
    public var remaining: Duration {
        max(.zero, ContinuousClock.now.duration(to: instant))
    }

    /// Whether the deadline has passed.
    public var hasPassed: Bool { ContinuousClock.now >= instant }

    /// Time left as a `poll` timeout in milliseconds, rounded up so that a wait never ends early.
    public var pollMilliseconds: Int32 {
        remaining.pollMilliseconds
    }

    /// Sleeps the calling thread for `duration` (nothing if it is not positive); a signal does not
    /// cut the sleep short.
    public static func sleep(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        guard seconds > 0 || (seconds == 0 && attoseconds > 0) else { return }
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
        var remaining = timespec()
        while nanosleep(&request, &remaining) == -1 && errno == EINTR {
            request = remaining
        }
    }
}
