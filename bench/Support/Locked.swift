import Foundation

/// A value shared between threads, only reached under a lock.
public final class Locked<Value>: @unchecked Sendable {
    // Read and written only while `lock` is held.
    private var value: Value
    private let lock = NSLock()

    /// Wraps `value`.
    public init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with the value, under the lock.
    public func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
