import Glibc

/// The detached `sluice _confirm-timer` processes of one state directory, found by their command
/// lines (the state directory is unique to a test) and ended by process id.
enum ConfirmTimers {
    /// The running timers whose command line names `stateDirectory`.
    static func pids(stateDirectory: String) -> [Int32] {
        ProcessTable.pids(withArguments: ["_confirm-timer", stateDirectory])
    }

    /// Kills every timer of `stateDirectory` (SIGKILL, by pid).
    static func end(stateDirectory: String) {
        for pid in pids(stateDirectory: stateDirectory) { kill(pid, SIGKILL) }
    }
}
