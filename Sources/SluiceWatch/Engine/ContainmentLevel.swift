/// What a containment cuts off; isolation is the stronger of the two.
public enum ContainmentLevel: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// Every egress packet of the host is dropped.
    case block
    /// Every packet from or to the host is dropped, except management traffic.
    case isolate

    public static func < (a: ContainmentLevel, b: ContainmentLevel) -> Bool {
        a == .block && b == .isolate
    }
}
