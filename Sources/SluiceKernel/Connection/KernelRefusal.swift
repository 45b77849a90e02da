import Glibc
import SluiceLanguage

/// One message of a transaction the kernel refused, mapped back to the object it was about.
public struct KernelRefusal: Hashable, Sendable, CustomStringConvertible {
    /// The kernel's errno.
    public var errno: Int32
    /// The kernel's extended-ack message, when it sent one.
    public var kernelMessage: String?
    /// What the message asked for (`add rule`, `add set`, `commit`, ...).
    public var operation: String
    /// The object the message was about; nil for the transaction as a whole (commit phase).
    public var object: KernelObjectRef?
    /// For rules: the chain.
    public var chain: String?
    /// For rules: the policy statement the rule comes from.
    public var origin: SourceLocation?

    /// Creates a refusal.
    public init(errno: Int32, kernelMessage: String? = nil, operation: String, object: KernelObjectRef? = nil,
                chain: String? = nil, origin: SourceLocation? = nil) {
        self.errno = errno
        self.kernelMessage = kernelMessage
        self.operation = operation
        self.object = object
        self.chain = chain
        self.origin = origin
    }

    /// `FILE:LINE:COL: add rule rule FILE:LINE in chain egress: No such file or directory (message)`.
    public var description: String {
        var text = ""
        if let origin { text += "\(origin): " }
        text += operation
        // "add set" + "set g_x_v4" would say "set" twice.
        if let object { text += operation.hasSuffix(object.kind.rawValue) ? " \(object.name)" : " \(object)" }
        if let chain, object?.kind != .chain { text += " in chain \(chain)" }
        // The kernel says a set is full with ENFILE, whose strerror ("Too many open files in
        // system") would send a reader looking at file descriptors.
        text += ": " + (errno == ENFILE && operation.contains("element") ? "the set is full" : KernelError.text(of: errno))
        if let kernelMessage, !kernelMessage.isEmpty { text += " (\(kernelMessage))" }
        return text
    }
}
