import Foundation

/// An hour of the week in UTC, 0 (Monday 00:00-01:00) to 167 (Sunday 23:00-24:00). UTC has no
/// daylight saving, so every week has exactly 168 of them and a profile never shifts.
public struct HourOfWeek: Hashable, Sendable, Comparable, Codable {
    /// 0 to 167.
    public let index: Int

    /// The number of hours in a week.
    public static let count = 168

    /// The hour of the week with this index (taken modulo 168).
    public init(index: Int) {
        self.index = ((index % Self.count) + Self.count) % Self.count
    }

    /// The hour of the week that contains `unixSeconds`. The Unix epoch fell on a Thursday, three
    /// days after a Monday.
    public init(containing unixSeconds: Int64) {
        let hours = unixSeconds >= 0 ? unixSeconds / 3_600 : (unixSeconds - 3_599) / 3_600
        self.init(index: Int((hours + 72) % Int64(Self.count)))
    }

    /// The hour of the week that contains `date`.
    public init(containing date: Date) {
        self.init(containing: Int64(date.timeIntervalSince1970.rounded(.down)))
    }

    public static func < (a: HourOfWeek, b: HourOfWeek) -> Bool { a.index < b.index }
}
