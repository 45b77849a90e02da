/// One statement of a rule, in the order the kernel evaluates them.
public enum Statement: Hashable, Sendable, Codable {
    case match(Match)
    /// `counter name "NAME"`: count into a named counter object.
    case counter(name: String)
    /// `quota name "NAME"`: spend a named quota object; with an `over` quota the rule goes on only
    /// once it is spent.
    case quota(name: String)
    /// Add the packet's key to a dynamic set and evaluate the element's quota or counter.
    case update(SetUpdate)
    case limit(LimitStatement)
    case log(LogStatement)
    /// `ct mark set ct mark | BITS`: sets bits of the connection's conntrack mark, keeping the
    /// others, for the connection's life; ctnetlink shows the mark in dumps and destroy events.
    case setCtMarkBits(UInt32)
    /// `ct owner set meta skuid`: records the socket's uid in the connection (`MatchKey.owner`) once,
    /// on its first packet that has an owner, so that the packets it sends after the socket is
    /// orphaned still count as that user's. nft 1.0.6 has no spelling for it.
    case recordOwner
    /// `queue num N [bypass]`: a verdict given by the program on the queue (see `QueueStatement`).
    case queue(QueueStatement)
    case verdict(RuleVerdict)
}
