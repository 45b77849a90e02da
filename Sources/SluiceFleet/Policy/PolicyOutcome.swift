/// What a gateway did with a published version: applied it, or refused it and why (it keeps what
/// it ran before: the kernel's apply is all or nothing).
public struct PolicyOutcome: Hashable, Sendable {
    public var applied: Bool
    public var reason: String?

    /// Applied.
    public static let applied = PolicyOutcome(applied: true, reason: nil)

    /// Refused for `reason`.
    public static func refused(_ reason: String) -> PolicyOutcome { PolicyOutcome(applied: false, reason: reason) }

    init(applied: Bool, reason: String?) {
        self.applied = applied
        self.reason = reason
    }
}
