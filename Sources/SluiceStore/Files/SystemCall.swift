#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place where a C call's `-1`/errno becomes a typed `StoreError`.
enum SystemCall {
    /// Runs `body` until it succeeds or fails with something other than `EINTR`, and returns its
    /// result; `-1` becomes a `StoreError` naming the operation, the path and the call.
    @discardableResult
    static func check<T: BinaryInteger>(_ call: String, operation: String, path: String,
                                        _ body: () -> T) throws(StoreError) -> T {
        while true {
            let result = body()
            if result != -1 { return result }
            let code = errno
            if code == EINTR { continue }
            throw StoreError(operation: operation, path: path, reason: .system(call: call, errno: code))
        }
    }

    /// Like `check`, but hands a failing errno to `recover` first; a non-nil answer is returned as
    /// the result instead of throwing (for `EEXIST` on mkdir, `EWOULDBLOCK` on flock).
    static func check<T: BinaryInteger>(_ call: String, operation: String, path: String,
                                        recover: (Int32) -> T?, _ body: () -> T) throws(StoreError) -> T {
        while true {
            let result = body()
            if result != -1 { return result }
            let code = errno
            if code == EINTR { continue }
            if let value = recover(code) { return value }
            throw StoreError(operation: operation, path: path, reason: .system(call: call, errno: code))
        }
    }
}
