import Foundation
import SluiceSystem

/// Waiting on what a child process writes to a file (the watcher's log).
public enum BenchFile {
    /// Whether `needle` appears in the file at `path` within `seconds`, checked every 100 ms.
    public static func waitFor(_ needle: String, in path: String, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if read(path).contains(needle) { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }

    /// The file's text, or "" when it cannot be read (yet).
    public static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    /// Seconds from `start` to now.
    public static func seconds(since start: ContinuousClock.Instant) -> Double {
        start.duration(to: .now).secondsValue
    }
}
