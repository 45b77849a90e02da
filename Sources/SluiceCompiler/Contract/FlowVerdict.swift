/// What the policy did with an egress flow that flow accounting recorded.
public enum FlowVerdict: String, Hashable, Sendable, Codable, CaseIterable {
    /// An allow admitted it.
    case allow
    /// The policy would have denied it; it passed because its group audits.
    case wouldDeny = "would-deny"
}
