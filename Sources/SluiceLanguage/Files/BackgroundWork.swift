import Dispatch

/// One piece of work started on another thread, whose result the starter waits for.
///
/// The machine Sluice runs on has cores to spare while it checks a large policy: the build
/// compiles on a second thread while the last validation check runs on the first.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    // Written once by the worker before `done` is signalled, read only after waiting on it.
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work` on a global queue.
    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.value = work()
            self.done.signal()
        }
    }

    /// Waits for the work to finish; returns its result.
    func wait() -> Value? {
        done.wait()
        return value
    }
}
