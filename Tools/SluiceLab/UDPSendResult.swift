/// The result of `LabTraffic.udpSend`.
public struct UDPSendResult: Hashable, Sendable {
    /// Datagrams the kernel accepted for sending.
    public var datagramsSent: Int
    /// Bytes of payload in those datagrams.
    public var bytesSent: Int
    /// Datagrams the local stack refused (a host firewall on output, an ICMP error reported back,
    /// no route); they count neither as sent nor as bytes.
    public var datagramsRejected: Int
    /// Whether the timeout passed before every datagram was handed to the kernel.
    public var timedOut: Bool
    /// The source address the kernel chose (or the one bound), as listeners will see it.
    public var sourceAddress: LabAddress?

    /// Creates a result.
    public init(datagramsSent: Int, bytesSent: Int, datagramsRejected: Int, timedOut: Bool, sourceAddress: LabAddress?) {
        self.datagramsSent = datagramsSent
        self.bytesSent = bytesSent
        self.datagramsRejected = datagramsRejected
        self.timedOut = timedOut
        self.sourceAddress = sourceAddress
    }
}
