import Dispatch
import Synchronization

/// A value computed on another thread while the caller does something else (hashing the policy
/// files while the kernel commits), read back with `value`.
public final class BackgroundResult<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    /// Starts computing `work` at once.
    public init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let value = work()
            result.withLock { $0 = value }
            done.signal()
        }
    }

    /// A value already at hand (a cached one), for callers that take either.
    public init(ready value: Value) {
        result.withLock { $0 = value }
        done.signal()
    }

    /// The computed value, waiting for it if needed.
    public var value: Value {
        while true {
            if let ready = result.withLock({ $0 }) { return ready }
            done.wait()
            done.signal()  // a later reader must not wait for a signal that was already taken
        }
    }
}
