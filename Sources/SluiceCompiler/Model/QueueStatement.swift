/// `queue num N bypass`: hands the packet to the userspace program bound to NFQUEUE `num`, which
/// gives the verdict. With `bypass`, a queue nobody listens on lets the packet through. Either
/// way an accepted packet goes on to the next base chain of its hook (and its other tables): a
/// queue verdict never skips them.
public struct QueueStatement: Hashable, Sendable, Codable {
    /// The NFQUEUE number.
    public var num: UInt16
    /// Whether a queue without a listener accepts instead of dropping.
    public var bypass: Bool

    /// Creates a queue statement.
    public init(num: UInt16, bypass: Bool) {
        self.num = num
        self.bypass = bypass
    }
}
