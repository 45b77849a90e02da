import Glibc

/// The one place where a C call's `-1`/errno (or NULL) becomes a typed error naming the operation.
enum SystemCall {
    /// Returns `result`, or throws `KernelError.system` with the current errno when it is -1.
    @discardableResult
    static func check<T: BinaryInteger>(_ operation: @autoclosure () -> String, _ result: T) throws -> T {
        if result == -1 {
            let e = Glibc.errno
            throw KernelError.system(operation: operation(), errno: e)
        }
        return result
    }

    /// Returns the pointer, or throws `KernelError.system` with the current errno when it is NULL.
    static func check<P>(_ operation: @autoclosure () -> String, _ result: P?) throws -> P {
        guard let result else {
            let e = Glibc.errno
            throw KernelError.system(operation: operation(), errno: e)
        }
        return result
    }

    /// Runs a call that reports failure as -1/errno, retrying while it is interrupted (EINTR).
    @discardableResult
    static func retrying<T: BinaryInteger>(_ operation: @autoclosure () -> String, _ call: () -> T) throws -> T {
        while true {
            let result = call()
            if result == -1 && Glibc.errno == EINTR { continue }
            return try check(operation(), result)
        }
    }
}
