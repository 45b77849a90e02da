import Foundation

/// What `sluice learn` proposes from: a period of observed flows, optionally one group, the
/// headroom of the proposed quotas, the policy the proposal adds to, and how wide a learned
/// destination prefix may be.
public struct LearnRequest: Hashable, Sendable {
    public var since: Date
    public var until: Date
    public var group: String?
    /// Proposed quotas are this many times the highest observed use (default 3).
    public var headroom: Double
    /// The policy file the proposal adds to; nil: the live version's files.
    public var policyPath: String?
    /// The widest learned prefix, per family (default /24 and /48).
    public var maxPrefix4: Int
    public var maxPrefix6: Int

    /// Creates a request.
    public init(since: Date, until: Date, group: String? = nil, headroom: Double = 3, policyPath: String? = nil,
                maxPrefix4: Int = 24, maxPrefix6: Int = 48) {
        self.since = since
        self.until = until
        self.group = group
        self.headroom = headroom
        self.policyPath = policyPath
        self.maxPrefix4 = maxPrefix4
        self.maxPrefix6 = maxPrefix6
    }
}
