/// How a `tcpSend` ended.
public enum TCPSendEnding: String, Hashable, Sendable {
    /// Every byte was written, and the peer closed its side after reading to the end, so the
    /// listener has counted all of them.
    case completed
    /// The connection was reset (by the peer or by an ICMP error) before completing.
    case reset
    /// The timeout passed first (while connecting, writing, or waiting for the peer to close).
    case timedOut
    /// The connection was refused: the peer answered the SYN with a reset.
    case refused
    /// The destination was unreachable.
    case unreachable
    /// The local stack refused to send (a host firewall dropped it on output).
    case notPermitted
}
