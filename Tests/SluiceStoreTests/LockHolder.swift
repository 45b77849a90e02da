import Foundation

/// A child process that takes an exclusive `flock` on a file, writes its pid into it like
/// `StateLock` does, and sleeps until killed: another sluice process in the middle of an apply.
final class LockHolder {
    let process = Process()
    var pid: Int32 { process.processIdentifier }

    init(path: String) throws {
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The shell opens the file, locks it with flock(1) on the inherited descriptor, writes its
        // pid, then becomes `sleep` (same pid, descriptor still open), so the lock lives exactly
        // as long as the process.
        process.arguments = ["-c", #"exec 9>"$1" && flock -x 9 && echo $$ >&9 && echo ready && exec sleep 120"#,
                             "sh", path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        guard ReadyLine.seen(on: output) else {
            kill()
            throw CocoaError(.fileLocking, userInfo: [NSFilePathErrorKey: path])
        }
    }

    /// Ends the holder by its pid and waits for it, as a crash would.
    func kill() {
        if process.isRunning {
            _ = Foundation.kill(pid, SIGKILL)
        }
        process.waitUntilExit()
    }

    deinit { kill() }
}
