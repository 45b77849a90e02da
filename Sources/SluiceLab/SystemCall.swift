import Glibc

/// The one place where a C call's `-1`/errno (or returned error code) becomes a `LabError`.
enum SystemCall {
    /// Runs a call that returns -1 and sets errno on failure, retrying on EINTR; throws otherwise.
    @discardableResult
    static func check<T: BinaryInteger>(_ operation: @autoclosure () -> String, _ call: () -> T) throws -> T {
        try attempt(operation(), call).get()
    }

    /// Runs a call that returns -1 and sets errno on failure, retrying on EINTR, and returns the
    /// outcome so that the caller can treat expected errno values (EAGAIN, EINPROGRESS) itself.
    static func attempt<T: BinaryInteger>(_ operation: @autoclosure () -> String, _ call: () -> T) -> Result<T, LabError> {
        while true {
            let value = call()
            if value != -1 { return .success(value) }
            let code = errno
            if code == EINTR { continue }
            return .failure(.systemCall(operation: operation(), errno: code))
        }
    }

    /// Checks a call that returns 0 or an error number (posix_spawn, pthread_create).
    static func checkCode(_ operation: @autoclosure () -> String, _ code: Int32) throws {
        if code != 0 { throw LabError.systemCall(operation: operation(), errno: code) }
    }

    /// Turns an errno value the caller already holds into the typed error.
    static func error(_ operation: String, _ code: Int32) -> LabError {
        .systemCall(operation: operation, errno: code)
    }
}
