import Foundation

/// Window arithmetic: windows are fixed and aligned to the Unix epoch in UTC.
public enum UsageWindow {
    /// Unix seconds at which the window of `length` seconds holding `time` began.
    public static func start(containing time: Date, length: UInt64) -> Int64 {
        start(containing: Int64(time.timeIntervalSince1970.rounded(.down)), length: length)
    }

    /// Unix seconds at which the window of `length` seconds holding Unix second `seconds` began.
    public static func start(containing seconds: Int64, length: UInt64) -> Int64 {
        let span = Int64(clamping: max(length, 1))
        // Floor division, so instants before the epoch still land in the window that holds them.
        let quotient = seconds / span - ((seconds % span != 0 && seconds < 0) ? 1 : 0)
        return quotient &* span
    }

    /// The instant the window of `length` seconds holding `time` ends (the next reset).
    public static func end(containing time: Date, length: UInt64) -> Date {
        let start = start(containing: time, length: length)
        return Date(timeIntervalSince1970: TimeInterval(start) + TimeInterval(max(length, 1)))
    }
}
