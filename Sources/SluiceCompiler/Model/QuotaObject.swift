/// A named quota object (`quota NAME { over BYTES bytes }`): one shared budget, announced by the
/// kernel when first depleted.
public struct QuotaObject: Hashable, Sendable, Codable {
    public var name: String
    public var bytes: UInt64
    /// `over`: the quota matches once spent (Sluice's rules drop then).
    public var over: Bool
    /// Bytes spent: zero in a compiled ruleset, the live value when read back, the carried-over
    /// value when an object is recreated.
    public var used: UInt64
    public var comment: String?

    /// Creates a quota object.
    public init(name: String, bytes: UInt64, over: Bool = true, used: UInt64 = 0, comment: String? = nil) {
        self.name = name
        self.bytes = bytes
        self.over = over
        self.used = used
        self.comment = comment
    }
}
