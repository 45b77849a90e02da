import SluiceStore

/// What `TableOperations.contain` did: the host's standing containment of that kind afterwards,
/// the incident that records the request, and whether the kernel was changed. A containment is
/// never shortened: when the host already was contained so, for at least as long, it stays as
/// it was (`kept`), and only `release` ends it sooner.
public struct ContainmentOutcome: Sendable {
    /// The standing containment of the requested kind after the call.
    public var record: ContainmentRecord
    /// The incident recorded for this request.
    public var incidentID: Int64
    /// Whether an equal or longer containment of the kind already held and was left as it was.
    public var kept: Bool
    /// The live policy's groups the host is in; empty for an address in none (a typo, or an
    /// outside address that an isolation cuts everyone but management off from).
    public var groups: [String] = []
    /// Gateway mode: the host's other addresses (by its link-layer address) contained with it.
    public var siblings: [String] = []
}
