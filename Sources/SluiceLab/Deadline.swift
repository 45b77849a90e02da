import Glibc

/// A point on the monotonic clock by which an operation must be done.
struct Deadline {
    let instant: ContinuousClock.Instant

    /// The deadline `duration` from now.
    init(after duration: Duration) {
        instant = ContinuousClock.now.advanced(by: duration)
    }

    /// Time left, never negative.
    var remaining: Duration {
        max(.zero, ContinuousClock.now.duration(to: instant))
    }

    /// Whether the deadline has passed.
    var hasPassed: Bool { ContinuousClock.now >= instant }

    /// Time left as a `poll` timeout in milliseconds, rounded up so that a wait never ends early.
    var pollMilliseconds: Int32 {
        Deadline.milliseconds(remaining)
    }

    /// A duration as a `poll` timeout in milliseconds, rounded up and capped.
    static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        if seconds < 0 || (seconds == 0 && attoseconds <= 0) { return 0 }
        let total = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: total)
    }
}

extension Deadline {
    /// Sleeps the calling thread for `duration` (nothing if it is not positive).
    static func sleep(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        guard seconds > 0 || (seconds == 0 && attoseconds > 0) else { return }
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
        var remaining = timespec()
        // nanosleep returns early on a signal; sleep what is left.
        while nanosleep(&request, &remaining) == -1 && errno == EINTR {
            request = remaining
        }
    }
}
