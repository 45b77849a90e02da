import Glibc

/// A system call that failed in a benchmark, with the operation it was part of.
public struct BenchSystemError: Error, CustomStringConvertible {
    /// What was being done, e.g. `bind udp echo to 192.0.2.10 port 7`.
    public var operation: String
    /// The errno value.
    public var errno: Int32

    /// Creates an error.
    public init(operation: String, errno: Int32) {
        self.operation = operation
        self.errno = errno
    }

    /// `OPERATION: strerror (errno N)`.
    public var description: String {
        "\(operation): \(String(cString: strerror(errno))) (errno \(errno))"
    }
}
