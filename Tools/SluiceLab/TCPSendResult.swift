/// The result of `LabTraffic.tcpSend`.
public struct TCPSendResult: Hashable, Sendable {
    /// Whether the handshake completed.
    public var connected: Bool
    /// Bytes the kernel accepted from us (not necessarily delivered unless `ending == .completed`).
    public var bytesWritten: Int
    /// How it ended.
    public var ending: TCPSendEnding
    /// Wall time from the first connect to the end.
    public var elapsed: Duration

    /// Creates a result.
    public init(connected: Bool, bytesWritten: Int, ending: TCPSendEnding, elapsed: Duration) {
        self.connected = connected
        self.bytesWritten = bytesWritten
        self.ending = ending
        self.elapsed = elapsed
    }
}
