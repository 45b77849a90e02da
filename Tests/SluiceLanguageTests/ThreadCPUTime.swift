import Foundation

/// The CPU time the calling thread spends in `body`, in seconds. Complexity guards compare it with
/// a generous bound: unlike wall time (and Swift Testing's time limits, which count the time a
/// test waits for a thread in a full parallel run), it does not grow when other tests or other
/// builds share the cores. The bounds sit far above what the code takes and far below what a
/// quadratic or exponential version of it took.
func threadCPUSeconds<T>(_ body: () throws -> T) rethrows -> (result: T, seconds: Double) {
    func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    let start = now()
    let result = try body()
    return (result, now() - start)
}
