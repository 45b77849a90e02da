/// An error type that a failed system call can become: `SystemCalls<Failure>` throws it, so a
/// target with its own error type uses the one helper and still throws only its own errors.
public protocol SystemFailure: Error {
    /// The failed call as this error.
    init(_ error: SystemError)
}

extension SystemError: SystemFailure {
    /// The error itself.
    public init(_ error: SystemError) {
        self = error
    }
}
