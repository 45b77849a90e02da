import Foundation
import Glibc

/// What /proc says about processes the tests did not start directly (detached timers) or have
/// not reaped yet.
enum ProcessTable {
    /// Whether `pid` exists and has not ended: a process that ended but is not reaped yet (a
    /// zombie, as a detached timer stays under a pid 1 that does not reap) does not count.
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).prefix(1)
        return state != "Z" && state != "X"
    }

    /// Waits up to `timeout` for `pid` to end; true if it did.
    static func waitForEnd(_ pid: Int32, timeout: Duration) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while isRunning(pid) {
            if ContinuousClock.now >= deadline { return false }
            usleep(20_000)
        }
        return true
    }

    /// The running processes whose command line has every one of `arguments` among its arguments.
    static func pids(withArguments arguments: [String]) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { Int32($0) }.filter { pid in
            guard isRunning(pid), let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            let found = Set(data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) })
            return arguments.allSatisfy(found.contains)
        }.sorted()
    }
}
