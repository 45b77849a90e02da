/// What a process used between two `ProcessUsage` readings: CPU time as a share of one core, per
/// thread name, and the resident memory seen.
public struct UsageWindow {
    /// The readings at the start and the end.
    public let start: ProcessUsage
    public let end: ProcessUsage
    /// The largest `VmRSS` among the samples taken during the window, in bytes.
    public let largestRSS: Int

    /// Creates a window; `samples` are readings taken between the two (for the resident memory).
    public init(start: ProcessUsage, end: ProcessUsage, samples: [ProcessUsage] = []) {
        self.start = start
        self.end = end
        largestRSS = ([start, end] + samples).map(\.rss).max() ?? end.rss
    }

    /// Wall time between the readings.
    public var seconds: Double {
        let (s, atto) = start.time.duration(to: end.time).components
        return Double(s) + Double(atto) / 1e18
    }

    /// CPU time used in the window (user + system, every thread).
    public var cpuSeconds: Double {
        Double(end.ticks - start.ticks) / ProcessUsage.ticksPerSecond
    }

    /// CPU time as a percentage of one core.
    public var percentOfCore: Double {
        seconds > 0 ? cpuSeconds / seconds * 100 : 0
    }

    /// CPU seconds per thread name in the window, largest first (ties by name); threads that
    /// ended inside the window are only in the total, and show as `(ended threads)`.
    public var byThreadName: [(name: String, cpuSeconds: Double)] {
        let before = Dictionary(start.threads.map { ($0.tid, $0.ticks) }, uniquingKeysWith: max)
        var ticks: [String: Int] = [:]
        for thread in end.threads {
            ticks[thread.name, default: 0] += thread.ticks - (before[thread.tid] ?? 0)
        }
        let accounted = ticks.values.reduce(0, +)
        let ended = (end.ticks - start.ticks) - accounted
        if ended > 0 { ticks["(ended threads)"] = ended }
        return ticks.filter { $0.value > 0 }
            .map { (name: $0.key, cpuSeconds: Double($0.value) / ProcessUsage.ticksPerSecond) }
            .sorted { $0.cpuSeconds != $1.cpuSeconds ? $0.cpuSeconds > $1.cpuSeconds : $0.name < $1.name }
    }
}
