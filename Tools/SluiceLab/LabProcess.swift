import Glibc
import SluiceSystem
import Synchronization

/// A program the lab started in one of its namespaces; the lab ends it by process id.
public final class LabProcess: Sendable {
    /// Its process id (the program itself: `ip netns exec` replaces itself with it).
    public let pid: Int32
    /// The program and its arguments, as given.
    public let command: [String]
    /// The namespace it runs in.
    public let namespace: LabNamespace
    // The exit status once reaped; reaping under the lock means the pid is never reused under us.
    private let exit = Mutex<Int32?>(nil)

    init(pid: Int32, command: [String], namespace: LabNamespace) {
        self.pid = pid
        self.command = command
        self.namespace = namespace
    }

    /// The exit status (128 + N if signal N ended it) once it has ended, nil while it runs.
    public func exitStatus() throws -> Int32? {
        try wait(timeout: .zero)
    }

    /// Waits up to `timeout` for it to end and returns its status, or nil if it still runs.
    public func wait(timeout: Duration) throws -> Int32? {
        try exit.withLock { status in
            if let status { return status }
            status = try Subprocess.reap(pid, deadline: Deadline(after: timeout))
            return status
        }
    }

    /// Ends it: SIGTERM, then SIGKILL if it is still running after `grace`; returns its status.
    /// Calling it again returns the same status.
    @discardableResult
    public func terminate(grace: Duration = .seconds(1)) throws -> Int32 {
        try exit.withLock { status in
            if let status { return status }
            if let ended = try Subprocess.reap(pid, deadline: Deadline(after: .zero)) {
                status = ended
                return ended
            }
            _ = kill(pid, SIGTERM)
            if let ended = try Subprocess.reap(pid, deadline: Deadline(after: grace)) {
                status = ended
                return ended
            }
            _ = kill(pid, SIGKILL)
            let ended = try Subprocess.reap(pid, deadline: nil) ?? 128 + SIGKILL
            status = ended
            return ended
        }
    }
}
