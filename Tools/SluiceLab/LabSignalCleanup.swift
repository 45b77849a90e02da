import Glibc
import SluiceSystem
import Synchronization

/// Destroys every live lab when the process is interrupted, then lets the signal end the process.
///
/// The signal handler only writes the signal number to a pipe (all it may safely do); a watcher
/// thread reads it, runs `LabRegistry.destroyAll()`, restores the default action and raises the
/// signal again. This works whatever the threads' signal masks are, which dispatch signal
/// sources on Linux do not (they see only signals blocked in every thread).
public enum LabSignalCleanup {
    // Written once, before any handler that reads it is installed.
    nonisolated(unsafe) private static var pipeWrite: Int32 = -1
    private static let installed = Mutex<Set<Int32>>([])

    /// Handles `signals` (default SIGINT, SIGTERM, SIGHUP) as described above; installing a signal
    /// twice is harmless. A CLI with its own signal handling should call
    /// `LabRegistry.destroyAll()` from its own normal-context handler instead.
    public static func install(signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]) throws {
        try installed.withLock { done in
            if pipeWrite < 0 {
                let pipe = try LabError.converting { () throws(SystemError) in try Descriptors.closeOnExecPipe("pipe for signal cleanup") }
                pipeWrite = pipe.write
                _ = try LabError.converting { () throws(SystemError) in try JoinableThread.start("signal cleanup") { watch(pipe.read) } }
            }
            for number in signals where !done.contains(number) {
                var action = sigaction()
                action.__sigaction_handler.sa_handler = { number in
                    var byte = UInt8(truncatingIfNeeded: number)
                    _ = write(LabSignalCleanup.pipeWrite, &byte, 1)
                }
                sigemptyset(&action.sa_mask)
                action.sa_flags = SA_RESTART
                try SystemCall.retrying("sigaction \(number)") { sigaction(number, &action, nil) }
                done.insert(number)
            }
        }
    }

    private static func watch(_ fd: Int32) {
        var byte: UInt8 = 0
        while true {
            let outcome = SystemCall.attempt("read signal pipe") { read(fd, &byte, 1) }
            guard case .success(1) = outcome else { return }
            let number = Int32(byte)
            LabRegistry.destroyAll()
            LabAccount.removeAll()
            signal(number, SIG_DFL)
            // Raised on this thread, the default action ends the process with the signal's status.
            raise(number)
        }
    }
}
