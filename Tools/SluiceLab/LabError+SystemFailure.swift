import SluiceSystem

/// In the lab a failed system call is a `LabError.systemCall`; `SystemCall` here is SluiceSystem's
/// helper with that error.
typealias SystemCall = SystemCalls<LabError>

extension LabError: SystemFailure {
    /// A failed system call, naming the operation (and the file, if any) and the errno.
    public init(_ error: SystemError) {
        self = .systemCall(operation: error.action, errno: error.errno)
    }

    /// Runs SluiceSystem calls that fail with a `SystemError`, failing with a `LabError` instead.
    static func converting<T>(_ body: () throws(SystemError) -> T) throws(LabError) -> T {
        do {
            return try body()
        } catch {
            throw LabError(error)
        }
    }
}
