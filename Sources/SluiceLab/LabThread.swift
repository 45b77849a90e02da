import Glibc

/// A joinable POSIX thread: the lab needs `join` (Foundation's `Thread` has none) so that a
/// stopped listener's counts are final and a namespace switch never outlives its thread.
final class LabThread: @unchecked Sendable {
    // Written once by `start` before any other thread can see the object.
    private var handle = pthread_t()
    private var joined = false

    private final class Start {
        let work: () -> Void
        init(_ work: @escaping () -> Void) { self.work = work }
    }

    private init() {}

    /// Starts `work` on a new thread; `operation` names the thread in an error.
    static func start(_ operation: String, _ work: @escaping @Sendable () -> Void) throws -> LabThread {
        let thread = LabThread()
        let context = Unmanaged.passRetained(Start(work)).toOpaque()
        let code = pthread_create(&thread.handle, nil, { raw in
            guard let raw else { return nil }
            Unmanaged<Start>.fromOpaque(raw).takeRetainedValue().work()
            return nil
        }, context)
        if code != 0 {
            Unmanaged<Start>.fromOpaque(context).release()
            try SystemCall.checkCode("pthread_create (\(operation))", code)
        }
        return thread
    }

    /// Waits for the thread to end; callers join at most once (a second call returns at once).
    func join() {
        if joined { return }
        joined = true
        pthread_join(handle, nil)
    }

    /// Runs `body` on a fresh thread, waits for it, and returns its result or rethrows its error.
    static func runAndWait<T>(_ operation: String, _ body: @escaping () throws -> T) throws -> T {
        let box = ResultBox<T>()
        let unchecked = UncheckedSendable(body)
        let thread = try start(operation) { box.result = Result { try unchecked.value() } }
        thread.join()
        guard let result = box.result else {
            throw LabError.unexpected(operation: operation, message: "the thread ended without a result")
        }
        return try result.get()
    }

    /// Holds a thread's result until `join` hands it over (join orders the accesses).
    private final class ResultBox<T>: @unchecked Sendable {
        var result: Result<T, Error>?
    }

    /// Carries a closure to a thread that is joined before the caller continues.
    private struct UncheckedSendable<V>: @unchecked Sendable {
        let value: V
        init(_ value: V) { self.value = value }
    }
}
