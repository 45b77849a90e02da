import Glibc

/// A joinable POSIX thread: `join` (which Foundation's `Thread` lacks) makes what the thread did
/// final before the caller goes on, and lets a namespace switch never outlive its thread.
public final class JoinableThread: @unchecked Sendable {
    // Written once by `start` before any other thread can see the object.
    private var handle = pthread_t()
    private var joined = false

    private final class Start {
        let work: () -> Void
        init(_ work: @escaping () -> Void) { self.work = work }
    }

    private init() {}

    /// Starts `work` on a new thread; `operation` names the thread in an error.
    public static func start(_ operation: String, _ work: @escaping @Sendable () -> Void) throws(SystemError) -> JoinableThread {
        let thread = JoinableThread()
        let context = Unmanaged.passRetained(Start(work)).toOpaque()
        let code = pthread_create(&thread.handle, nil, { raw in
            guard let raw else { return nil }
            Unmanaged<Start>.fromOpaque(raw).takeRetainedValue().work()
            return nil
        }, context)
        if code != 0 {
            Unmanaged<Start>.fromOpaque(context).release()
            throw SystemError(operation: "pthread_create (\(operation))", errno: code)
        }
        return thread
    }

    /// Waits for the thread to end; callers join at most once (a second call returns at once).
    public func join() {
        if joined { return }
        joined = true
        pthread_join(handle, nil)
    }

    /// Runs `body` on a fresh thread, waits for it, and returns its result or rethrows its error.
    /// The caller's thread waits throughout, so `body` need not escape.
    public static func runAndWait<T>(_ operation: String, _ body: () throws -> T) throws -> T {
        try withoutActuallyEscaping(body) { escapable in
            let box = ResultBox<T>()
            let work = UncheckedSendable(escapable)
            let thread = try start(operation) { box.result = Result { try work.value() } }
            thread.join()
            guard let result = box.result else {
                throw SystemError(operation: "\(operation): the thread ended without a result", errno: EIO)
            }
            return try result.get()
        }
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
