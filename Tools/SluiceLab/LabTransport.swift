/// The transport a lab flow uses.
public enum LabTransport: String, Hashable, Sendable, CaseIterable {
    /// TCP: checked by a connection attempt.
    case tcp
    /// UDP: checked by a datagram a listener must count.
    case udp
}
