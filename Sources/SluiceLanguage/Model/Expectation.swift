/// `expect (allow|deny) SRC to DST [on PORT]`: an assertion about one flow, checked by `sluice check`.
/// Without a port the flow means every protocol and port: `allow` holds only when all of it is
/// admitted, `deny` only when none of it is.
public struct Expectation: Hashable, Sendable, Codable {
    public var verdict: Verdict
    public var source: FlowSource
    public var destination: IPAddress
    /// A literal port or a service name; nil means every protocol and port.
    public var port: PortItem?
    public var location: SourceLocation

    /// Creates an expectation.
    public init(verdict: Verdict, source: FlowSource, destination: IPAddress, port: PortItem?,
                location: SourceLocation) {
        self.verdict = verdict
        self.source = source
        self.destination = destination
        self.port = port
        self.location = location
    }
}
