/// What a publish builds on: the fleet's live version as the publisher read it, and the mod
/// revision of `policy/live` then, which the publishing transaction requires unchanged.
public struct PolicyBase: Hashable, Sendable {
    /// The live version, nil when nothing was published yet.
    public var live: LivePolicy?
    /// `policy/live`'s mod revision (0: absent).
    public var revision: Int64

    /// A base.
    public init(live: LivePolicy?, revision: Int64) {
        self.live = live
        self.revision = revision
    }

    /// The sequence the next version gets.
    public var nextSequence: Int64 { (live?.sequence ?? 0) + 1 }
}
