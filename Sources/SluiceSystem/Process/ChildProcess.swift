import Glibc

/// A process we started (see `ChildProcess.spawn`), known by its pid; we wait for it and end it.
///
/// Why not swift-subprocess (1.0.2): its `run` is `async` and returns only when the process has
/// ended, so it can neither start a process that outlives us (the `apply --confirm` timer) nor
/// serve the lab's and the watcher's alert lanes, which run on plain threads, not in async
/// contexts. docs/architecture.md ("Platform: SluiceSystem") says more.
public struct ChildProcess: Hashable, Sendable {
    /// Its process id (also its process group's id when it was spawned with `newProcessGroup`).
    public let pid: pid_t

    /// Refers to a child of this process by pid.
    public init(pid: pid_t) {
        self.pid = pid
    }

    /// Waits for it to end and reaps it; nil if `deadline` passes first (it is then left running,
    /// unreaped). Without a deadline it blocks.
    public func wait(until deadline: Deadline?) throws(SystemError) -> ExitStatus? {
        var status: Int32 = 0
        while true {
            let result = try SystemCall.retrying("waitpid \(pid)") { waitpid(pid, &status, deadline == nil ? 0 : WNOHANG) }
            if result == pid { return ExitStatus(waitStatus: status) }
            guard let deadline, !deadline.hasPassed else { return nil }
            usleep(1000)
        }
    }

    /// Waits for it to end, reaps it, and returns how it ended with the resources it used
    /// (`wait4`): CPU time and peak memory, for measurements.
    public func waitWithUsage() throws(SystemError) -> (status: ExitStatus, usage: rusage) {
        var status: Int32 = 0
        var usage = rusage()
        try SystemCall.retrying("wait4 \(pid)") { wait4(pid, &status, 0, &usage) }
        return (ExitStatus(waitStatus: status), usage)
    }

    /// Whether it has ended, leaving it unreaped (`waitid` with `WNOWAIT`): until it is reaped,
    /// its pid, and so its process group's id, cannot be reused.
    public func hasExited() throws(SystemError) -> Bool {
        var info = siginfo_t()
        try SystemCall.retrying("wait for \(pid)") { waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) }
        return info.si_signo == SIGCHLD
    }

    /// Sends `signal` to it (not yet reaped, so the pid is still its own).
    public func signal(_ signal: Int32) {
        _ = kill(pid, signal)
    }

    /// Kills its process group with SIGKILL (it, if it still runs, and whatever it started and
    /// left in the group), then reaps it and returns how it ended. For a child spawned with
    /// `newProcessGroup` and not yet reaped, so the group's id is still its own.
    public func killGroupAndReap() -> ExitStatus {
        kill(-pid, SIGKILL)
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return ExitStatus(waitStatus: status)
    }
}
