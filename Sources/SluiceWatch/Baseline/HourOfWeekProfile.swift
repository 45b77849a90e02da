/// A host's hour-of-week profile: for each of the 168 hours of the week (UTC, Monday 00:00
/// first), the lower median bytes it sent in that hour over the last weeks of the learning period
/// (a silent hour counts as zero), as the learned limits use it.
public enum HourOfWeekProfile {
    /// The profile from hourly bytes by hour start over the learning period `[since, before)`:
    /// only whole hours from the host's first record on count, and of each hour of the week only
    /// the last `(before - since) / 1 week` occurrences, the samples a window starting at `before`
    /// learns from. The hour in progress is left out: it feeds no limit until it is over.
    public static func medians(_ hours: [Int64: UInt64], since: Int64, before: Int64) -> [UInt64] {
        let start = BaselineModel.hourStart(of: since)
        let end = BaselineModel.hourStart(of: before)
        let weeks = max(1, Int((before - since) / BaselineModel.week))
        let kept = hours.filter { $0.key >= start && $0.key < end }
        guard let first = kept.keys.min() else { return Array(repeating: 0, count: HourOfWeek.count) }
        var samples = Array(repeating: [UInt64](), count: HourOfWeek.count)
        for t in stride(from: BaselineModel.hourStart(of: first), to: end, by: 3_600) {
            samples[HourOfWeek(containing: t).index].append(kept[t] ?? 0)
        }
        return samples.map { $0.isEmpty ? 0 : BaselineModel.lowerMedian($0.suffix(weeks).sorted()) }
    }
}
