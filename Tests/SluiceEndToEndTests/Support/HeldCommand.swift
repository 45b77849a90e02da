import Foundation
import Glibc
@testable import SluiceLab
import Synchronization
import SluiceSystem

/// A `sluice` command run under strace and held, for a while, just before it sends its
/// transaction: after it has taken the state lock, read the ruleset generation and planned.
/// That is the window in which another program's commit makes it lose the generation race, and
/// in which a second `sluice apply` must wait for the lock.
///
/// The hook is the command's second `getsockopt` (connection setup reads SO_RCVBUF; the last
/// thing before the transaction's `sendmsg` reads SO_SNDBUF), which strace delays on exit.
/// `waitUntilHeld` sees it in strace's output, so a test knows the command is inside the window.
final class HeldCommand: Sendable {
    let pid: pid_t
    let started: ContinuousClock.Instant
    private let arguments: [String]
    private let trace: String
    private let output: String
    private let errors: String
    private let reaped = Mutex(false)

    private init(pid: pid_t, arguments: [String], trace: String, output: String, errors: String) {
        self.pid = pid
        self.arguments = arguments
        self.trace = trace
        self.output = output
        self.errors = errors
        started = .now
    }

    /// Starts `sluice ARGUMENTS... --state-dir DIR` in the gateway, held for `hold`.
    static func start(_ applyLab: ApplyLab, _ arguments: [String], hold: Duration, name: String) throws -> HeldCommand {
        guard (try? Executable.find("strace")) != nil else {
            throw TestFailure("these tests need strace (apt-get install strace) to hold sluice in the window before its transaction")
        }
        let base = applyLab.stateDirectory + "-\(name)"
        let (trace, output, errors) = (base + ".trace", base + ".out", base + ".err")
        let microseconds = hold.components.seconds * 1_000_000 + hold.components.attoseconds / 1_000_000_000_000
        let command = ["ip", "netns", "exec", applyLab.router.name,
                       "strace", "-f", "-o", trace, "-e", "trace=getsockopt",
                       "-e", "inject=getsockopt:delay_exit=\(microseconds):when=2+",
                       applyLab.executable] + arguments + ["--state-dir", applyLab.stateDirectory]
        let out = open(output, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        let err = open(errors, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        defer {
            if out >= 0 { close(out) }
            if err >= 0 { close(err) }
        }
        guard out >= 0, err >= 0 else { throw TestFailure("cannot open \(output) or \(errors)") }
        let pid = try Subprocess.spawn(command, output: .descriptors(output: out, error: err))
        return HeldCommand(pid: pid, arguments: arguments, trace: trace, output: output, errors: errors)
    }

    /// A test that stopped before `finish` leaves no strace behind: it is killed and reaped by pid.
    deinit {
        reaped.withLock { reaped in
            guard !reaped else { return }
            reaped = true
            kill(pid, SIGKILL)
            _ = try? Subprocess.reap(pid, deadline: Deadline(after: .seconds(2)))
        }
        for file in [trace, output, errors] { try? FileManager.default.removeItem(atPath: file) }
    }

    /// Waits until the command is held before its transaction; false if it is not within `timeout`
    /// (it failed earlier, or had nothing to send). strace follows the processes the command
    /// starts, each held before its own transaction: `occurrence` 2 waits for the second hold
    /// (the confirmation timer's rollback after the apply's own transaction).
    func waitUntilHeld(occurrence: Int = 1, timeout: Duration = .seconds(10)) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let text = try? String(contentsOfFile: trace, encoding: .utf8),
               text.components(separatedBy: "SO_SNDBUF").count > occurrence { return true }
            // Ended already (a zombie until `finish` reaps it, which keeps its status).
            if !ProcessTable.isRunning(pid) { return false }
            usleep(10_000)
        }
        return false
    }

    /// Waits for the command to end and returns what it printed; kills it (by pid) after `timeout`.
    func finish(timeout: Duration = .seconds(20)) throws -> CommandResult {
        defer {
            for file in [trace, output, errors] { try? FileManager.default.removeItem(atPath: file) }
        }
        let status = try reaped.withLock { reaped -> Int32? in
            guard !reaped else { return nil }
            reaped = true
            if let status = try Subprocess.reap(pid, deadline: Deadline(after: timeout)) { return status }
            kill(pid, SIGKILL)
            _ = try? Subprocess.reap(pid, deadline: nil)
            return nil
        }
        guard let status else {
            throw TestFailure("sluice \(arguments.joined(separator: " ")) under strace did not end within \(timeout), or was already finished")
        }
        return CommandResult(command: arguments, status: status,
                             standardOutput: (try? String(contentsOfFile: output, encoding: .utf8)) ?? "",
                             standardError: (try? String(contentsOfFile: errors, encoding: .utf8)) ?? "")
    }
}
