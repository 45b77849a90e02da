/// The transport a lab flow uses.
public enum LabTransport: String, Hashable, Sendable, CaseIterable {
    case tcp
    case udp
}
