/// How a usage write combines with what is stored.
public enum UsageWriteMode: String, Hashable, Sendable, Codable {
    /// Keep the larger of the stored and the new bytes: kernel counters read after a reset or a
    /// restart can be lower than what was already saved, and must never lower it.
    case max
    /// Store the new bytes as they are (a deliberate reset or correction).
    case set
}
