import Foundation

/// A named thread that runs one loop, and a way to wait for it to end.
public final class BenchThread: Sendable {
    private let finished = DispatchSemaphore(value: 0)

    private init() {}

    /// Starts `body` on a new thread called `name`.
    public static func start(_ name: String, _ body: @escaping @Sendable () -> Void) -> BenchThread {
        let handle = BenchThread()
        let thread = Thread { [finished = handle.finished] in
            body()
            finished.signal()
        }
        thread.name = name
        thread.start()
        return handle
    }

    /// Waits until the loop has returned, at most `seconds`; returns whether it did.
    @discardableResult
    public func join(seconds: Double) -> Bool {
        finished.wait(timeout: .now() + seconds) == .success
    }
}
