import Glibc

/// The one place where a C call's failure (`-1` with errno, NULL with errno, or a returned error
/// number) becomes a typed error naming the operation, thrown as `Failure`.
///
/// Most code uses `SystemCall` (failures as `SystemError`); a target whose callers expect its own
/// error type declares `typealias SystemCall = SystemCalls<ItsError>` once.
public enum SystemCalls<Failure: SystemFailure> {
    /// Returns `result`, or throws with the current errno when it is -1 (a call already made,
    /// which cannot be interrupted or is not to be repeated).
    @discardableResult @inlinable
    public static func check<T: BinaryInteger>(_ operation: @autoclosure () -> String, path: String? = nil,
                                               _ result: T) throws(Failure) -> T {
        if result == -1 { throw failure(operation(), path: path, errno: Glibc.errno) }
        return result
    }

    /// Returns the pointer, or throws with the current errno when it is NULL.
    @inlinable
    public static func check<P>(_ operation: @autoclosure () -> String, path: String? = nil,
                                _ result: P?) throws(Failure) -> P {
        guard let result else { throw failure(operation(), path: path, errno: Glibc.errno) }
        return result
    }

    /// Runs a call that reports failure as -1/errno, again while it is interrupted (EINTR), and
    /// returns its result. A failing errno goes to `recover` first: a non-nil answer is returned
    /// instead of throwing (`EEXIST` from mkdir, `EWOULDBLOCK` from flock).
    // Inlinable, so that each call site gets a specialized loop: unspecialized, the generic
    // comparisons and the closures' context cost more than a short system call (the name
    // service makes three per held answer).
    @discardableResult @inlinable
    public static func retrying<T: BinaryInteger>(_ operation: @autoclosure () -> String, path: String? = nil,
                                                  recover: (Int32) -> T? = { _ in nil },
                                                  _ call: () -> T) throws(Failure) -> T {
        while true {
            let result = call()
            if result != -1 { return result }
            let code = Glibc.errno
            if code == EINTR { continue }
            if let value = recover(code) { return value }
            throw failure(operation(), path: path, errno: code)
        }
    }

    /// Like `retrying`, but hands the failure back, so that the caller can treat expected errno
    /// values (EAGAIN, EINPROGRESS, ENOBUFS) itself.
    @inlinable
    public static func attempt<T: BinaryInteger>(_ operation: @autoclosure () -> String, path: String? = nil,
                                                 _ call: () -> T) -> Result<T, Failure> {
        do throws(Failure) {
            return .success(try retrying(operation(), path: path, call))
        } catch {
            return .failure(error)
        }
    }

    /// Checks a call that returns 0 or an error number (the posix_spawn family, pthread_create).
    @inlinable
    public static func checkCode(_ operation: @autoclosure () -> String, path: String? = nil,
                                 _ code: Int32) throws(Failure) {
        if code != 0 { throw failure(operation(), path: path, errno: code) }
    }

    /// The error for an errno the caller already holds.
    public static func failure(_ operation: String, path: String? = nil, errno code: Int32) -> Failure {
        Failure(SystemError(operation: operation, path: path, errno: code))
    }
}

/// System calls whose failures are `SystemError`s.
public typealias SystemCall = SystemCalls<SystemError>
