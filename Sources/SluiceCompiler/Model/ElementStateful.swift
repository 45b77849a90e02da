/// A stateful expression every element of a dynamic set carries: a per-host budget or a counter.
public enum ElementStateful: Hashable, Sendable, Codable {
    /// `quota over BYTES bytes`: matches (so the rule drops) once the element has spent its bytes.
    case quotaOver(bytes: UInt64)
    /// `counter`: packets and bytes, for attribution.
    case counter
}
