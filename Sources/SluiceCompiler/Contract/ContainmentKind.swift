/// What a containment cuts off; isolation is the stronger of the two.
public enum ContainmentKind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// Every egress packet of the host is dropped, except to the management group.
    case block
    /// Every packet from or to the host is dropped, except to and from the management group.
    case isolate

    /// `blocked` or `isolated`, for messages.
    public var participle: String { self == .block ? "blocked" : "isolated" }

    public static func < (a: ContainmentKind, b: ContainmentKind) -> Bool {
        a == .block && b == .isolate
    }
}
