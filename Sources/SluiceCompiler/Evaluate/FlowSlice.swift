import SluiceLanguage

/// A part of a flow's traffic that the ruleset treats alike: one protocol and a port range.
public struct FlowSlice: Hashable, Sendable, CustomStringConvertible {
    /// The protocol, or nil for every protocol Sluice has no word for (GRE, ESP, ...).
    public var transport: Transport?
    /// The ports, for TCP and UDP.
    public var ports: ClosedRange<UInt16>?
    public var outcome: FlowOutcome

    /// Creates a slice.
    public init(transport: Transport?, ports: ClosedRange<UInt16>?, outcome: FlowOutcome) {
        self.transport = transport
        self.ports = ports
        self.outcome = outcome
    }

    /// `tcp/80`, `tcp/1-79`, `icmp`, `other protocols`.
    public var description: String {
        guard let transport else { return "other protocols" }
        guard let ports else { return transport.rawValue }
        return PortSpec(transport, ports: ports).description
    }
}
