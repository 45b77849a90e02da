import Glibc

/// Wall time and this thread's user and system CPU time, for the performance figures.
struct CPUClock {
    var wall: Double
    var user: Double
    var system: Double

    static func now() -> CPUClock {
        var usage = rusage()
        getrusage(1 /* RUSAGE_THREAD */, &usage)
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return CPUClock(wall: Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9,
                        user: Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6,
                        system: Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6)
    }

    /// Children's CPU time so far (processes the test waited for).
    static func children() -> CPUClock {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return CPUClock(wall: 0, user: Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6,
                        system: Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6)
    }

    static func - (a: CPUClock, b: CPUClock) -> CPUClock {
        CPUClock(wall: a.wall - b.wall, user: a.user - b.user, system: a.system - b.system)
    }

    var text: String {
        func f(_ x: Double) -> String { String(Int((x * 1000).rounded())) + " ms" }
        return "wall \(f(wall)), user \(f(user)), sys \(f(system))"
    }

    /// Measures `body`.
    static func measure(_ body: () throws -> Void) rethrows -> CPUClock {
        let start = now()
        try body()
        return now() - start
    }
}
