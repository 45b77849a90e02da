import SluiceSystem

/// Inside the kernel backend a failed system call is a `KernelError.system`, so that callers of
/// the backend catch one error type; `SystemCall` here is SluiceSystem's helper with that error.
typealias SystemCall = SystemCalls<KernelError>

extension KernelError: SystemFailure {
    /// A failed system call, naming the operation (and the file, if any) and the errno.
    public init(_ error: SystemError) {
        self = .system(operation: error.action, errno: error.errno)
    }
}
