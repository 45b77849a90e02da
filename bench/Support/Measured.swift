import Foundation

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
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let errPath = NSTemporaryDirectory() + "bench-stderr-\(getpid())"
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = Date()
        let rc = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard rc == 0 else { throw BenchError.spawn(arguments[0], rc) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError.spawn(arguments[0], errno) }
        }
        let wall = Date().timeIntervalSince(start)
        let output = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        unlink(errPath)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Measured(wall: wall, user: seconds(usage.ru_utime), system: seconds(usage.ru_stime),
                        maxRSS: usage.ru_maxrss * 1024, status: exit, output: output)
    }

    /// The median of several runs, by wall time.
    public static func median(_ runs: [Measured]) -> Measured {
        runs.sorted { $0.wall < $1.wall }[runs.count / 2]
    }
}
