import Foundation
import SluiceSystem

/// Wall time, CPU time and peak memory of one child process.
public struct Measured: CustomStringConvertible {
    public var wall: Double
    public var user: Double
    public var system: Double
    /// Peak resident set size in bytes.
    public var maxRSS: Int
    public var status: Int32
    public var output: String

    /// `0.412 s wall, 0.380 s user, 0.030 s sys, 85.2 MB peak`
    public var description: String {
        String(format: "%.3f s wall, %.3f s user, %.3f s sys, %.1f MB peak", wall, user, system,
               Double(maxRSS) / 1_048_576)
    }

    /// Runs `arguments` (absolute program path first), waits, and measures it with wait4's rusage.
    public static func run(_ arguments: [String], stdout: String = "/dev/null") throws -> Measured {
        guard let program = arguments.first else { throw BenchError.failed("Measured.run needs a program") }
        let errPath = NSTemporaryDirectory() + "bench-stderr-\(getpid())"
        let start = Date()
        let child = try ChildProcess.spawn(SpawnOptions(
            executable: program, arguments: arguments, standardInput: .inherit,
            standardOutput: .file(stdout, append: false, mode: 0o644), standardError: .file(errPath, append: false, mode: 0o644)))
        let (exit, usage) = try child.waitWithUsage()
        let wall = Date().timeIntervalSince(start)
        let output = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        unlink(errPath)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return Measured(wall: wall, user: seconds(usage.ru_utime), system: seconds(usage.ru_stime),
                        maxRSS: usage.ru_maxrss * 1024, status: exit.code, output: output)
    }

    /// The median of `runs` runs of `arguments`, which must exit 0 (`what` names it in the error).
    public static func median(of arguments: [String], runs: Int = 3, stdout: String = "/dev/null",
                              what: String) throws -> Measured {
        var all: [Measured] = []
        for _ in 0..<runs {
            let run = try Measured.run(arguments, stdout: stdout)
            guard run.status == 0 else { throw BenchError.failed("\(what) failed: \(run.output.prefix(2_000))") }
            all.append(run)
        }
        return median(all)
    }

    /// The median of several runs, by wall time.
    public static func median(_ runs: [Measured]) -> Measured {
        runs.sorted { $0.wall < $1.wall }[runs.count / 2]
    }
}
