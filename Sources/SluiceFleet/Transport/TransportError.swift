import SluiceSystem

/// Why an exchange with an etcd member failed before etcd answered.
public enum TransportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A TLS setting, handshake or record failed.
    case tls(String)
    /// The member's answer was not HTTP as expected.
    case protocolViolation(String)
    /// The connection closed before the answer was complete.
    case closed

    public var description: String {
        switch self {
        case .tls(let text): return text
        case .protocolViolation(let text): return "etcd answered with malformed HTTP: \(text)"
        case .closed: return "the connection to etcd closed"
        }
    }
}
