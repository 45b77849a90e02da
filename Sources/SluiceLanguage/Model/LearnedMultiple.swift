/// `Nx usual`: how many times a host's usual volume (for the same hours of the week) it may send
/// in a window, kept in hundredths so that `1.5x` is exact.
public struct LearnedMultiple: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The multiple times 100 (`3x` is 300); at least 1.
    public var hundredths: UInt32

    /// Creates a multiple from hundredths (`300` is `3x`).
    public init(hundredths: UInt32) {
        self.hundredths = hundredths
    }

    /// The largest multiple a policy may write: beyond it a learned quota is no limit at all.
    public static let maximumHundredths: UInt32 = 100_000

    /// `usual` times the multiple, rounded down, saturating at the largest size a kernel quota holds.
    public func applied(to usual: UInt64) -> UInt64 {
        let product = UInt128(usual) * UInt128(hundredths) / 100
        return UInt64(min(product, UInt128(PolicyLimits.largestSize)))
    }

    /// As written in a policy: `3x`, `1.5x`, `1.25x`.
    public var description: String {
        let whole = hundredths / 100
        let fraction = hundredths % 100
        if fraction == 0 { return "\(whole)x" }
        if fraction % 10 == 0 { return "\(whole).\(fraction / 10)x" }
        return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)x"
    }
}
