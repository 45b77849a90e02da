import Glibc

/// The one place where the benchmarks turn a C call's `-1`/errno into a `BenchSystemError`.
public enum BenchSystemCall {
    /// Runs a call that returns -1 and sets errno on failure, retrying on EINTR; throws otherwise.
    @discardableResult
    public static func check<T: BinaryInteger>(_ operation: @autoclosure () -> String, _ call: () -> T) throws -> T {
        try attempt(operation(), call).get()
    }

    /// Like `check`, but hands the failure back, so that the caller can treat expected errno
    /// values (EAGAIN, ENOBUFS) itself.
    public static func attempt<T: BinaryInteger>(_ operation: @autoclosure () -> String,
                                                 _ call: () -> T) -> Result<T, BenchSystemError> {
        while true {
            let value = call()
            if value != -1 { return .success(value) }
            let code = errno
            if code == EINTR { continue }
            return .failure(BenchSystemError(operation: operation(), errno: code))
        }
    }
}
