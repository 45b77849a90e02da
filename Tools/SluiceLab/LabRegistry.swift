import Glibc
import Synchronization

/// Every lab of this process that is not yet destroyed, so that a signal handler or process exit
/// can remove their namespaces.
public enum LabRegistry {
    private static let labs = Mutex<[Lab]>([])
    private static let exitHookInstalled = Mutex(false)

    /// The labs that are live or being built, oldest first.
    public static var liveLabs: [Lab] {
        labs.withLock { $0 }
    }

    /// Destroys every live lab (see `Lab.destroy()`) and returns what could not be cleaned up.
    ///
    /// It spawns `ip` and joins threads, so it must not run inside an asynchronous signal handler;
    /// call it from a dispatch signal source or a signal-watching thread (see `LabSignalCleanup`).
    @discardableResult
    public static func destroyAll() -> [LabError] {
        liveLabs.flatMap { $0.destroy() }
    }

    static func add(_ lab: Lab) {
        labs.withLock { $0.append(lab) }
        installExitHook()
    }

    static func remove(_ lab: Lab) {
        labs.withLock { list in list.removeAll { $0 === lab } }
    }

    /// A lab still live when the process exits normally is destroyed then, so that even a caller
    /// that forgot `destroy()` leaves no namespaces behind.
    private static func installExitHook() {
        let install = exitHookInstalled.withLock { installed in
            defer { installed = true }
            return !installed
        }
        if install {
            atexit { LabRegistry.destroyAll() }
        }
    }
}
