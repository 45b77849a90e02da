/// A packet rate such as `10/minute`, used by `log denied`.
public struct RateLimit: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The time unit of a rate.
    public enum Unit: String, Sendable, Hashable, Codable, CaseIterable {
        case second
        case minute
        case hour

        /// The unit's length in seconds.
        public var seconds: UInt64 {
            switch self {
            case .second: 1
            case .minute: 60
            case .hour: 3600
            }
        }
    }

    public var count: UInt32
    public var unit: Unit

    /// Creates a rate of `count` per `unit`.
    public init(count: UInt32, per unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// The default rate of `log denied`: 5/second.
    public static let defaultLogRate = RateLimit(count: 5, per: .second)

    public var description: String { "\(count)/\(unit.rawValue)" }
}
