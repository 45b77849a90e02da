import Foundation
import Glibc

/// What a running process has used so far, read from `/proc/PID`: CPU time (user + system, all
/// threads, in clock ticks), per-thread CPU time, and resident memory.
///
/// Ticks are the kernel's accounting unit (`sysconf(_SC_CLK_TCK)`, 100 per second here): over a
/// 60-second window one tick is 0.017% of a core, fine enough for a 2% goal.
public struct ProcessUsage {
    /// The process id.
    public var pid: Int32
    /// User + system time of every thread, in ticks.
    public var ticks: Int
    /// Each thread's user + system time, by thread id.
    public var threads: [ThreadUsage]
    /// Resident set size now, in bytes (`VmRSS`).
    public var rss: Int
    /// The largest resident set size since the process started, in bytes (`VmHWM`).
    public var peakRSS: Int
    /// Resident anonymous memory (heap, stacks), in bytes (`RssAnon`).
    public var anonymousRSS: Int
    /// Resident file-backed memory (the binary and shared libraries), in bytes (`RssFile`).
    public var fileRSS: Int
    /// When it was read.
    public var time: ContinuousClock.Instant

    /// Clock ticks per second.
    public static var ticksPerSecond: Double {
        Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Reads the process's figures now.
    public static func read(pid: Int32) throws -> ProcessUsage {
        let time = ContinuousClock.now
        let ticks = try cpuTicks(path: "/proc/\(pid)/stat")
        let status = try text("/proc/\(pid)/status")
        var threads: [ThreadUsage] = []
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        for task in tasks.sorted() {
            guard let tid = Int32(task),
                  let used = try? cpuTicks(path: "/proc/\(pid)/task/\(task)/stat") else { continue }
            let name = ((try? text("/proc/\(pid)/task/\(task)/comm")) ?? "?").trimmingCharacters(in: .whitespacesAndNewlines)
            threads.append(ThreadUsage(tid: tid, name: name, ticks: used))
        }
        return ProcessUsage(pid: pid, ticks: ticks, threads: threads,
                            rss: kilobytes("VmRSS", in: status) * 1024, peakRSS: kilobytes("VmHWM", in: status) * 1024,
                            anonymousRSS: kilobytes("RssAnon", in: status) * 1024,
                            fileRSS: kilobytes("RssFile", in: status) * 1024, time: time)
    }

    /// The process's name (`comm`), to make sure the pid is the program meant.
    public static func name(pid: Int32) -> String? {
        (try? text("/proc/\(pid)/comm"))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Fields 14 and 15 of a `stat` file (utime, stime), counted after the closing parenthesis of
    /// the name, which may itself contain spaces.
    static func cpuTicks(path: String) throws -> Int {
        let line = try text(path)
        guard let close = line.lastIndex(of: ")") else { throw BenchError.failed("\(path): no ')' in \(line)") }
        let fields = line[line.index(after: close)...].split(separator: " ")
        // fields[0] is field 3 (state), so utime (14) and stime (15) are at 11 and 12.
        guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else {
            throw BenchError.failed("\(path): cannot read utime and stime")
        }
        return user + system
    }

    static func kilobytes(_ key: String, in status: String) -> Int {
        for line in status.split(separator: "\n") where line.hasPrefix(key + ":") {
            // `VmRSS:\t   12345 kB`: a tab, then spaces.
            let number = line.dropFirst(key.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap { Int($0) }
            return number ?? 0
        }
        return 0
    }

    static func text(_ path: String) throws -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw BenchError.failed("read \(path): \(error)")
        }
    }
}
