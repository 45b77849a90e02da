import Dispatch
import Glibc
import Synchronization

/// Destroys every live lab when the process is interrupted, then lets the signal end the process.
public enum LabSignalCleanup {
    private static let sources = Mutex<[Int32: SignalSource]>([:])

    private final class SignalSource: @unchecked Sendable {
        // Dispatch sources are thread-safe; this box only keeps the source alive.
        let source: DispatchSourceSignal
        init(_ source: DispatchSourceSignal) { self.source = source }
    }

    /// Handles `signals` (default SIGINT, SIGTERM, SIGHUP): on arrival every live lab is destroyed,
    /// the default disposition is restored and the signal raised again, so the process ends as
    /// it would have. Installing twice is harmless. A CLI with its own signal handling should
    /// instead call `LabRegistry.destroyAll()` from its handler (not from an async-signal context).
    public static func install(signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]) {
        sources.withLock { installed in
            for number in signals where installed[number] == nil {
                // The default action would kill the process before the dispatch source runs.
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler {
                    LabRegistry.destroyAll()
                    signal(number, SIG_DFL)
                    raise(number)
                }
                source.resume()
                installed[number] = SignalSource(source)
            }
        }
    }
}
