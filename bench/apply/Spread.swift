/// The median and range of a handful of measurements of one quantity.
struct Spread {
    var median: Double
    var min: Double
    var max: Double

    /// The spread of `values` (at least one). An even count takes the mean of the middle two.
    init(_ values: [Double]) {
        let sorted = values.sorted()
        let mid = sorted.count / 2
        median = sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
        min = sorted.first ?? 0
        max = sorted.last ?? 0
    }

    /// (max - min) / median: how noisy the rounds were.
    var relativeRange: Double {
        median == 0 ? 0 : (max - min) / median
    }
}
