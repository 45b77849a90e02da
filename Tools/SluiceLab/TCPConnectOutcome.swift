/// How an attempt to open a TCP connection ended.
public enum TCPConnectOutcome: String, Hashable, Sendable {
    /// The handshake completed.
    case connected
    /// The peer answered with a reset (nothing listens there).
    case refused
    /// No answer in time: what a dropped SYN looks like.
    case timedOut
    /// The network or host is unreachable (no route, or an ICMP error came back).
    case unreachable
    /// The local stack refused to send (EPERM/EACCES: a host firewall dropped it on output).
    case notPermitted

    /// Whether the handshake completed.
    public var isConnected: Bool { self == .connected }
}
