import SluiceLanguage

/// The evaluation of a flow over every protocol and port it covers.
public struct FlowResult: Hashable, Sendable {
    /// Whether all, none or part of the flow is admitted.
    public enum Summary: String, Hashable, Sendable {
        case allow
        case deny
        case partial
    }

    public var slices: [FlowSlice]

    /// Creates a result.
    public init(slices: [FlowSlice]) {
        self.slices = slices
    }

    /// `allow` when every slice is admitted, `deny` when none is, `partial` otherwise.
    public var summary: Summary {
        if slices.allSatisfy({ $0.outcome.verdict == .allow }) { return .allow }
        if slices.allSatisfy({ $0.outcome.verdict == .deny }) { return .deny }
        return .partial
    }

    /// The verdict a user reads first: `allow` only when all of the flow is admitted.
    public var verdict: Verdict { summary == .allow ? .allow : .deny }

    /// The summary once every group enforces: would-deny slices count as denied. What `expect`
    /// lines check, so that moving a group from audit to enforce changes none of them.
    public var enforcedSummary: Summary {
        if slices.allSatisfy({ $0.outcome.enforcedVerdict == .allow }) { return .allow }
        if slices.allSatisfy({ $0.outcome.enforcedVerdict == .deny }) { return .deny }
        return .partial
    }

    /// Whether any of the flow passes only because its group audits.
    public var audited: Bool { slices.contains { $0.outcome.audited } }
}
