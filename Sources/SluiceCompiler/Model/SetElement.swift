/// One element of a set, with the runtime state the kernel keeps for it.
public struct SetElement: Hashable, Sendable, Codable {
    public var key: ElementKey
    /// Element timeout in milliseconds (containment `for` durations).
    public var timeout: UInt64?
    /// Milliseconds until the element expires, as read back from the kernel.
    public var expires: UInt64?
    /// Bytes spent of the element's quota (dynamic quota sets); also what a restore puts back.
    public var quotaUsed: UInt64?
    /// The element's own quota limit when it differs from the set's `quota over` (a learned
    /// per-host limit); nil means the set's.
    public var quotaLimit: UInt64?
    /// The element's counter (dynamic counter sets).
    public var counter: CounterState?
    /// Free text the kernel keeps with the element (containment reasons).
    public var comment: String?

    /// Creates an element.
    public init(_ key: ElementKey, timeout: UInt64? = nil, expires: UInt64? = nil, quotaUsed: UInt64? = nil,
                counter: CounterState? = nil, comment: String? = nil, quotaLimit: UInt64? = nil) {
        self.key = key
        self.quotaLimit = quotaLimit
        self.timeout = timeout
        self.expires = expires
        self.quotaUsed = quotaUsed
        self.counter = counter
        self.comment = comment
    }
}
