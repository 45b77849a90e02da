import Foundation
import SluiceLab

/// How every drill scenario drives the `sluice` under test inside its lab: a command that must
/// succeed, and `sluice watch` started and waited for until it watches.
enum DrillSluice {
    /// Runs `sluice ARGUMENTS` in `namespace`; throws `sluiceFailed(what, its output)` unless it exits 0.
    static func run(_ executable: String, _ arguments: [String], in lab: Lab, on namespace: LabNamespace,
                    what: String) throws {
        let result = try lab.run(in: namespace, [executable] + arguments, timeout: .seconds(60), check: false)
        guard result.status == 0 else { throw DrillError.sluiceFailed(what, result.standardError + result.standardOutput) }
    }

    /// Starts `sluice watch ARGUMENTS` in `namespace`, logging to `log`, and waits up to 15 s for it
    /// to say it watches; throws `sluiceFailed(what, the log)` when it does not.
    static func watch(_ executable: String, _ arguments: [String], in lab: Lab, on namespace: LabNamespace,
                      log: String, what: String) throws -> LabProcess {
        let watcher = try lab.start(in: namespace, [executable, "watch"] + arguments, output: .file(log))
        guard Drill.waitFor("watching", in: log, seconds: 15) else {
            throw DrillError.sluiceFailed(what, (try? String(contentsOfFile: log, encoding: .utf8)) ?? "")
        }
        return watcher
    }
}
