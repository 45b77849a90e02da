/// One element of a per-host (per-user) set as the watcher's poll reads it: whose it is and the
/// bytes its quota has spent or its counter has seen, without the rest of a `SetElement`.
public struct HostUsage: Hashable, Sendable {
    /// The address or uid the element stands for.
    public var host: HostID
    /// Bytes spent of the element's quota (quota sets).
    public var quotaUsed: UInt64?
    /// The element's counter bytes (attribution counter sets).
    public var counterBytes: UInt64?

    /// Creates a reading.
    public init(host: HostID, quotaUsed: UInt64? = nil, counterBytes: UInt64? = nil) {
        self.host = host
        self.quotaUsed = quotaUsed
        self.counterBytes = counterBytes
    }

    /// The usage of a set element that stands for one host or user; nil for any other element.
    public init?(element: SetElement) {
        guard let host = HostID(element: element.key) else { return nil }
        self.init(host: host, quotaUsed: element.quotaUsed, counterBytes: element.counter?.bytes)
    }
}
