import SluiceLanguage

/// `limit rate N/UNIT burst B packets`: goes on only while under the rate.
public struct LimitStatement: Hashable, Sendable, Codable {
    public var rate: RateLimit
    public var burst: UInt32

    /// Creates a limit; nft's default burst is 5 packets.
    public init(_ rate: RateLimit, burst: UInt32 = 5) {
        self.rate = rate
        self.burst = burst
    }
}
