import Glibc

/// The one place where a C call's failure becomes a typed Swift error.
enum SystemCall {
    /// Returns the result of a call that reports failure as -1 with errno; retries on EINTR.
    @discardableResult
    static func check<T: BinaryInteger>(_ operation: @autoclosure () -> String, _ call: () -> T) throws(SystemError) -> T {
        while true {
            let result = call()
            if result != -1 { return result }
            let code = errno
            if code == EINTR { continue }
            throw SystemError(operation: operation(), errno: code)
        }
    }

    /// Checks a call that returns an error number directly (the posix_spawn family).
    static func checkCode(_ operation: @autoclosure () -> String, _ code: Int32) throws(SystemError) {
        if code != 0 { throw SystemError(operation: operation(), errno: code) }
    }

    /// strerror text for an errno.
    static func text(of code: Int32) -> String {
        guard let c = strerror(code) else { return "errno \(code)" }
        return String(cString: c)
    }
}
