import Glibc

/// A failed system call: what was attempted, on which file if any, and the errno it left.
///
/// The one errno error of Sluice. Targets with an error type of their own (the kernel backend's
/// `KernelError`, the store's `StoreError`, the lab's `LabError`) wrap it through `SystemFailure`.
public struct SystemError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was attempted (`bind the metrics socket to 127.0.0.1:9417`, or just `open`).
    public var operation: String
    /// The file the call acted on, when it names one.
    public var path: String?
    /// The errno the call left (or the error number it returned).
    public var errno: Int32

    /// Creates an error.
    public init(operation: String, path: String? = nil, errno: Int32) {
        self.operation = operation
        self.path = path
        self.errno = errno
    }

    /// The operation followed by the path, if there is one: `open /var/run/netns/x`.
    public var action: String {
        path.map { "\(operation) \($0)" } ?? operation
    }

    /// `ACTION: strerror text`.
    public var description: String {
        "\(action): \(SystemError.text(of: errno))"
    }

    /// The C library's text for an errno value.
    public static func text(of code: Int32) -> String {
        guard let text = strerror(code) else { return "errno \(code)" }
        return String(cString: text)
    }
}
