/// A sample of measurements (seconds) and its order statistics.
public struct Distribution {
    /// The samples, ascending.
    public let sorted: [Double]

    /// Creates a distribution from samples in any order.
    public init(_ samples: [Double]) {
        sorted = samples.sorted()
    }

    /// How many samples.
    public var count: Int { sorted.count }

    /// The nearest-rank percentile (`p` from 0 to 100): the smallest sample such that at least
    /// p% of the samples are at or below it. With 200 samples p99 is the second largest; it is
    /// never interpolated below a sample that was actually measured.
    public func percentile(_ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[Swift.min(Swift.max(rank, 1), sorted.count) - 1]
    }

    /// The largest sample.
    public var max: Double? { sorted.last }

    /// The smallest sample.
    public var min: Double? { sorted.first }

    /// The arithmetic mean.
    public var mean: Double? {
        sorted.isEmpty ? nil : sorted.reduce(0, +) / Double(sorted.count)
    }
}
