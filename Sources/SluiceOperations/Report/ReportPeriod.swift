import Foundation
import SluiceStore

/// A report's period in whole hours, as the rollups are kept.
struct ReportPeriod {
    /// Unix seconds: the first hour's start, and the end (exclusive).
    let from: Int64
    let to: Int64

    /// `since` rounded down and `until` rounded up to their hours; nil when nothing is left.
    init?(since: Date, until: Date) {
        let hour = SluiceStore.flowHour
        let start = Int64(since.timeIntervalSince1970.rounded(.down))
        let end = Int64(until.timeIntervalSince1970.rounded(.up))
        from = start - ((start % hour) + hour) % hour
        to = end + (hour - ((end % hour) + hour) % hour) % hour
        guard from < to else { return nil }
    }
}
