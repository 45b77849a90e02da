/// `expect (allow|deny) SRC to DST [on PORT]`: an assertion about one flow, checked by `sluice check`.
/// Without a port the flow means every protocol and port: `allow` holds only when all of it is
/// admitted, `deny` only when none of it is.
public struct Expectation: Hashable, Sendable, Codable {
    public var verdict: Verdict
    public var source: FlowSource
    /// The destination address; for a `name` expectation, `namePlaceholder` of the flow's family.
    public var destination: IPAddress
    /// `expect ... to "NAME"`: the flow goes to an address learned from an answer for this name.
    public var name: DomainPattern?
    /// A literal port or a service name; nil means every protocol and port.
    public var port: PortItem?
    public var location: SourceLocation

    /// Creates an expectation.
    public init(verdict: Verdict, source: FlowSource, destination: IPAddress, port: PortItem?,
                location: SourceLocation, name: DomainPattern? = nil) {
        self.name = name
        self.verdict = verdict
        self.source = source
        self.destination = destination
        self.port = port
        self.location = location
    }
}

extension Expectation {
    /// The address that stands for "an address learned for the name" when an expectation names
    /// its destination by DNS name: reserved (240.0.0.1, 100::1), so no destination lists it and
    /// only the name's learned sets admit it.
    public static func namePlaceholder(_ family: AddressFamily) -> IPAddress {
        family == .ipv4 ? IPAddress(family: .ipv4, value: 0xF000_0001)
            : IPAddress(family: .ipv6, value: (UInt128(0x0100) << 112) | 1)
    }

    /// The address families a flow of this expectation can have: its source's, or both for a
    /// name expectation from `self` or a user.
    public var families: [AddressFamily] {
        guard name != nil else { return [destination.family] }
        if case .address(let a) = source { return [a.family] }
        return [.ipv4, .ipv6]
    }
}
