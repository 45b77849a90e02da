/// A host's hour-of-week profile: for each of the 168 hours of the week (UTC, Monday 00:00
/// first), the median bytes it sent in that hour over the weeks it has history for (a silent hour
/// counts as zero), as the learned limits use it.
public enum HourOfWeekProfile {
    /// The profile from hourly bytes by hour start, over `[since, before)`: only hours from the
    /// host's first record on count.
    public static func medians(_ hours: [Int64: UInt64], since: Int64, before: Int64) -> [UInt64] {
        let kept = hours.filter { $0.key >= since && $0.key < before }
        guard let first = kept.keys.min() else { return Array(repeating: 0, count: HourOfWeek.count) }
        var samples = Array(repeating: [UInt64](), count: HourOfWeek.count)
        let start = first - ((first % 3_600) + 3_600) % 3_600
        for t in stride(from: start, to: before, by: 3_600) {
            samples[HourOfWeek(containing: t).index].append(kept[t] ?? 0)
        }
        return samples.map { $0.isEmpty ? 0 : BaselineModel.median($0.sorted()) }
    }
}
