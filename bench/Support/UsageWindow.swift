import SluiceSystem

/// What a process used between two `ProcessUsage` readings: CPU time as a share of one core, per
/// thread, and the resident memory seen.
public struct UsageWindow {
    /// The reading at the start.
    public let start: ProcessUsage
    /// The reading at the end.
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
        start.time.duration(to: end.time).secondsValue
    }

    /// CPU time used in the window (user + system, every thread).
    public var cpuSeconds: Double {
        Double(end.ticks - start.ticks) / ProcessUsage.ticksPerSecond
    }

    /// CPU time as a percentage of one core.
    public var percentOfCore: Double {
        seconds > 0 ? cpuSeconds / seconds * 100 : 0
    }

    /// CPU seconds per thread in the window, busiest first (ties by thread id). Threads that
    /// ended inside the window are only in the total, and show as tid 0.
    public var byThread: [(thread: ThreadUsage, cpuSeconds: Double)] {
        let before = Dictionary(start.threads.map { ($0.tid, $0.ticks) }, uniquingKeysWith: max)
        var out = end.threads.map { thread in
            (thread: thread, cpuSeconds: Double(thread.ticks - (before[thread.tid] ?? 0)) / ProcessUsage.ticksPerSecond)
        }
        let ended = cpuSeconds - out.reduce(0) { $0 + $1.cpuSeconds }
        if ended > 0.005 { out.append((ThreadUsage(tid: 0, name: "(ended)", ticks: 0), ended)) }
        return out.filter { $0.cpuSeconds > 0 }
            .sorted { $0.cpuSeconds != $1.cpuSeconds ? $0.cpuSeconds > $1.cpuSeconds : $0.thread.tid < $1.thread.tid }
    }
}
