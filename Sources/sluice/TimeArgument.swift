import ArgumentParser
import Foundation

/// A point in time on the command line: a duration meaning that long ago (`7d`, `12h`), a date
/// (`2026-11-01`, midnight UTC) or an RFC 3339 time (`2026-11-01T08:00:00Z`).
struct TimeArgument: ExpressibleByArgument, Sendable {
    let date: Date

    init?(argument: String) {
        if let duration = DurationArgument(argument: argument) {
            date = Date().addingTimeInterval(-TimeInterval(duration.seconds))
            return
        }
        let full = ISO8601DateFormatter()
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        guard let parsed = full.date(from: argument) ?? day.date(from: argument) else { return nil }
        date = parsed
    }

    static var defaultValueDescription: String { "a duration ago (7d), a date (2026-11-01) or a time (2026-11-01T08:00:00Z)" }
}
