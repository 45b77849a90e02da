/// A parsed `expect` line.
struct ExpectNode: Sendable {
    var verdict: Verdict
    var source: Located<FlowSource>?
    var destination: Located<IPAddress>?
    /// A DNS name as the destination (`expect allow 10.0.0.5 to "pypi.org"`), instead of an address.
    var destinationName: Located<DomainPattern>?
    var port: Located<PortItem>?
    /// The `expect` keyword.
    var location: SourceLocation
    var hasErrors: Bool
}
