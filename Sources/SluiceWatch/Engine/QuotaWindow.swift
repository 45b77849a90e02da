import Foundation

/// One fixed quota window, aligned to the Unix epoch in UTC: `start = floor(t / length) * length`.
public struct QuotaWindow: Hashable, Sendable, Codable, Comparable {
    /// Unix seconds at which the window begins; a multiple of `length`.
    public var start: Int64
    /// Window length in seconds.
    public var length: UInt64

    /// The window of `length` seconds that begins at `start`.
    public init(start: Int64, length: UInt64) {
        self.start = start
        self.length = max(length, 1)
    }

    /// The window of `length` seconds that holds `time`.
    public init(containing time: Date, length: UInt64) {
        let seconds = Int64(time.timeIntervalSince1970.rounded(.down))
        let span = Int64(clamping: max(length, 1))
        // Floor division, so instants before the epoch still land in the window that holds them.
        let quotient = seconds / span - ((seconds % span != 0 && seconds < 0) ? 1 : 0)
        self.init(start: quotient &* span, length: length)
    }

    /// Unix seconds at which the window ends (exclusive): the next reset.
    public var end: Int64 { start &+ Int64(clamping: length) }

    /// The instant the window begins.
    public var startDate: Date { Date(timeIntervalSince1970: TimeInterval(start)) }

    /// The instant the window ends (the next reset).
    public var endDate: Date { Date(timeIntervalSince1970: TimeInterval(end)) }

    public static func < (a: QuotaWindow, b: QuotaWindow) -> Bool {
        (a.start, a.length) < (b.start, b.length)
    }
}
