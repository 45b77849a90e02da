/// Whether Sluice filters traffic routed through the machine or the machine's own traffic.
public enum PolicyMode: String, Sendable, Hashable, Codable {
    /// Hook forward: packets routed through this machine and leaving by an `egress` interface.
    case gateway
    /// Hook output: this machine's own packets, loopback excepted.
    case host
}
