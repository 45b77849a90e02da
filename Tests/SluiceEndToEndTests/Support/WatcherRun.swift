import Foundation
import Glibc
import SluiceLab

/// A running `sluice watch`: its process, its standard output (alerts, one JSON object per line)
/// and its standard error (the log), kept in separate files.
struct WatcherRun: Sendable {
    let process: LabProcess
    let outputPath: String
    let logPath: String

    /// Everything it has logged so far.
    func log() -> String {
        (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    }

    /// The lines it has printed on standard output so far.
    func outputLines() -> [String] {
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    /// The standard output lines that are alerts; the others are returned as `strays`.
    func alerts() -> (alerts: [AlertLine], strays: [String]) {
        var alerts: [AlertLine] = []
        var strays: [String] = []
        for line in outputLines() {
            if let alert = try? JSONDecoder().decode(AlertLine.self, from: Data(line.utf8)) {
                alerts.append(alert)
            } else {
                strays.append(line)
            }
        }
        return (alerts, strays)
    }

    /// Waits up to `seconds` for an alert that `matches`; returns it, or nil.
    func waitForAlert(seconds: Double, _ matches: @escaping (AlertLine) -> Bool) -> AlertLine? {
        var found: AlertLine?
        _ = Eventually.wait(seconds: seconds) {
            found = alerts().alerts.first(where: matches)
            return found != nil
        }
        return found
    }

    /// How many times `needle` occurs in the log.
    func logCount(_ needle: String) -> Int {
        log().components(separatedBy: needle).count - 1
    }

    /// Whether it still runs.
    var isRunning: Bool { (try? process.exitStatus()) == nil }

    /// Sends `signal` to it (by its process id).
    func signal(_ signal: Int32) {
        _ = kill(process.pid, signal)
    }

    /// Kills it with SIGKILL, as a crash or the OOM killer would, and returns its exit status.
    @discardableResult
    func crash() throws -> Int32? {
        signal(SIGKILL)
        return try process.wait(timeout: .seconds(5))
    }

    /// Stops it with SIGTERM (the clean way) and returns its exit status; SIGKILL after `grace`.
    @discardableResult
    func stop(grace: Duration = .seconds(15)) throws -> Int32 {
        try process.terminate(grace: grace)
    }
}
