/// What reading the same sets with `nft -j list set` once per second cost.
struct NFTReferenceResult {
    /// nft runs (one per set per second).
    var runs: Int
    /// User + system time of all runs.
    var cpuSeconds: Double
    /// The wall time the runs were spread over.
    var windowSeconds: Double
    /// The largest peak RSS of one run, in bytes.
    var peakRSS: Int
    /// The median wall time of one run.
    var medianRunSeconds: Double
    /// Elements per set in the first listing (10,000 each when the lab is right).
    var elements: [String: Int]

    /// CPU time as a percentage of one core.
    var percentOfCore: Double { windowSeconds > 0 ? cpuSeconds / windowSeconds * 100 : 0 }
}
