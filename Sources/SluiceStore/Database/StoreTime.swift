import Foundation

/// Times as the store keeps them: integer Unix milliseconds (UTC).
///
/// Integers compare exactly in SQL and round-trip without drift, so a record returned by a write
/// equals the same record read back later. In the sqlite3 shell:
/// `datetime(since_ms / 1000, 'unixepoch')`.
enum StoreTime {
    /// The nearest whole millisecond since the epoch.
    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    /// The instant of a stored millisecond count.
    static func date(_ milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: TimeInterval(milliseconds) / 1000)
    }

    /// `date` at the store's precision: what reading it back will give.
    static func normalized(_ date: Date) -> Date {
        self.date(milliseconds(date))
    }
}
