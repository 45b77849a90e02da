/// What a containment cuts off.
public enum ContainmentKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Every egress packet of the host is dropped.
    case block
    /// Every packet from or to the host is dropped, except to and from the management group.
    case isolate
}
