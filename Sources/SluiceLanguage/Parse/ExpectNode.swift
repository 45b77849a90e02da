/// A parsed `expect` line.
struct ExpectNode: Sendable {
    var verdict: Verdict
    var source: Located<FlowSource>?
    var destination: Located<IPAddress>?
    var port: Located<PortItem>?
    /// The `expect` keyword.
    var location: SourceLocation
    var hasErrors: Bool
}
