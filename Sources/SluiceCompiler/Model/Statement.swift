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
    /// `ct label set N`: sets one conntrack label bit (0-127) on the packet's connection, where it
    /// stays for the connection's life and shows in ctnetlink messages (CTA_LABELS).
    case setCtLabel(UInt8)
    case verdict(RuleVerdict)
}
