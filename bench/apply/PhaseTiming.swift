import Foundation
import Glibc

/// Wall, user and system time spent in one step of a process, measured from inside it.
struct PhaseTiming: Sendable {
    var name: String
    var wall: Double
    var user: Double
    var system: Double

    /// A point in time and the process's CPU time so far.
    struct Mark {
        var wall: Double
        var user: Double
        var system: Double

        /// Now: the monotonic clock and `getrusage(RUSAGE_SELF)`.
        static func now() -> Mark {
            var ts = timespec()
            clock_gettime(CLOCK_MONOTONIC, &ts)
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
            return Mark(wall: Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9,
                        user: seconds(usage.ru_utime), system: seconds(usage.ru_stime))
        }
    }

    /// The time between `start` and now.
    static func since(_ start: Mark, name: String) -> PhaseTiming {
        let end = Mark.now()
        return PhaseTiming(name: name, wall: end.wall - start.wall, user: end.user - start.user,
                           system: end.system - start.system)
    }

    /// `phase<TAB>name<TAB>wall<TAB>user<TAB>sys`: how the child hands a timing to the driver.
    var line: String {
        "phase\t\(name)\t\(wall)\t\(user)\t\(system)"
    }

    /// Reads a line written by `line`; nil for any other line.
    init?(line: Substring) {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count == 5, fields[0] == "phase", let wall = Double(fields[2]), let user = Double(fields[3]),
              let system = Double(fields[4]) else { return nil }
        self.init(name: String(fields[1]), wall: wall, user: user, system: system)
    }

    init(name: String, wall: Double, user: Double, system: Double) {
        self.name = name
        self.wall = wall
        self.user = user
        self.system = system
    }
}
