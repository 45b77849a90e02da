import Foundation
import Glibc
import SluiceSystem

/// Why a lab operation failed; every case names the operation or command concerned.
public enum LabError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A system call failed; `operation` names the call and what it acted on.
    case systemCall(operation: String, errno: Int32)
    /// A command ran but exited with a nonzero status (128 + N when killed by signal N).
    case commandFailed(command: [String], status: Int32, standardError: String)
    /// A command ran past its timeout and was killed.
    case commandTimedOut(command: [String], timeout: Duration)
    /// The spec cannot be built; the text says which part and why.
    case invalidSpec(String)
    /// A text is not an IPv4 or IPv6 address.
    case invalidAddress(String)
    /// No namespace of this lab owns the address.
    case addressNotInLab(LabAddress)
    /// The lab has no inside host of this name.
    case unknownHost(String)
    /// The operation needs a namespace this lab's topology does not have.
    case noSuchNamespace(String)
    /// The lab was destroyed; its namespaces are gone.
    case labDestroyed(tag: String)
    /// A parameter is out of range; the text says which.
    case invalidArgument(String)
    /// An error of another kind reached the lab while it did `operation`.
    case unexpected(operation: String, message: String)

    /// The errno of a failed system call, if this is one.
    public var errno: Int32? {
        if case .systemCall(_, let code) = self { return code }
        return nil
    }

    /// A one-line message naming what failed and why.
    public var description: String {
        switch self {
        case .systemCall(let operation, let code):
            return "\(operation): \(LabError.errnoText(code))"
        case .commandFailed(let command, let status, let standardError):
            let detail = standardError.trimmingCharacters(in: .whitespacesAndNewlines)
            return "`\(command.joined(separator: " "))` exited with status \(status)"
                + (detail.isEmpty ? "" : ": \(detail)")
        case .commandTimedOut(let command, let timeout):
            return "`\(command.joined(separator: " "))` did not finish within \(timeout)"
        case .invalidSpec(let reason):
            return "invalid lab spec: \(reason)"
        case .invalidAddress(let text):
            return "not an IP address: \(text)"
        case .addressNotInLab(let address):
            return "no namespace of the lab owns \(address)"
        case .unknownHost(let name):
            return "the lab has no host named \(name)"
        case .noSuchNamespace(let role):
            return "the lab has no \(role) namespace"
        case .labDestroyed(let tag):
            return "lab \(tag) has been destroyed"
        case .invalidArgument(let reason):
            return "invalid argument: \(reason)"
        case .unexpected(let operation, let message):
            return "\(operation): \(message)"
        }
    }

    /// `error` itself if it is a `LabError`, else wrapped with the operation it interrupted.
    static func from(_ error: any Error, operation: String) -> LabError {
        if let error = error as? SystemError { return LabError(error) }
        return (error as? LabError) ?? .unexpected(operation: operation, message: String(describing: error))
    }

    /// The C library's message for an errno value, with the number for searching.
    static func errnoText(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "errno \(code)" }
        return "\(String(cString: text)) (errno \(code))"
    }
}
