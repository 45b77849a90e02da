import SluiceCompiler

/// One host's learned limit for one window: what it usually sends then, and what it may send.
public struct HostBaseline: Hashable, Sendable, Codable {
    public var host: HostID
    /// The usual bytes for the window's hours of the week: the host's own, or during warm-up its
    /// group's.
    public var usual: UInt64
    /// `max(floor, N x usual)`: the size its kernel quota element gets.
    public var limit: UInt64
    /// True until the host has `BaselineModel.warmUpSeconds` of history: `usual` is then the
    /// median of the group's hosts that have finished warming up (or the floor, when none has).
    public var warmingUp: Bool
    /// Seconds of history the host has within the learning period.
    public var historySeconds: Int64

    /// Creates a baseline.
    public init(host: HostID, usual: UInt64, limit: UInt64, warmingUp: Bool, historySeconds: Int64) {
        self.host = host
        self.usual = usual
        self.limit = limit
        self.warmingUp = warmingUp
        self.historySeconds = historySeconds
    }
}
