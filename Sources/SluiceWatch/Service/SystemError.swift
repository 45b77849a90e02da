import Glibc

/// A failed system call, naming what was attempted.
public struct SystemError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was attempted (`bind the metrics socket to 127.0.0.1:9417`).
    public var operation: String
    /// The errno the call left.
    public var errno: Int32

    /// Creates an error.
    public init(operation: String, errno: Int32) {
        self.operation = operation
        self.errno = errno
    }

    public var description: String {
        "\(operation): \(SystemCall.text(of: errno))"
    }
}
