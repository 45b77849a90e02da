import Foundation

/// One alert as `alert log` prints it and `alert exec` receives it, as far as the tests read it.
struct AlertLine: Decodable, Sendable, CustomStringConvertible {
    /// A denied destination of a `denied` alert.
    struct Destination: Decodable, Sendable {
        var address: String?
        var `protocol`: String?
        var port: UInt16?
    }

    /// A destination a `cross-group` alert's address was learned for.
    struct LearnedFor: Decodable, Sendable {
        var destination: String
        var names: [String]
        var groups: [String]
    }

    var time: String
    var event: String
    var table: String
    var host: String
    var groups: [String]
    var quota: String?
    var bytes: UInt64?
    var budget: UInt64?
    /// A learned quota's usual bytes for the window (`budget` is the learned limit).
    var usual: UInt64?
    var action: String?
    var expires: String?
    var reason: String?
    var since: String?
    var count: Int?
    var destinations: [Destination]?
    var windowStart: String?
    /// A `cross-group` alert's address and where it was learned.
    var address: String?
    var learnedFor: [LearnedFor]?

    enum CodingKeys: String, CodingKey {
        case time, event, table, host, groups, quota, bytes, budget, usual, action, expires, reason, since, count, destinations
        case windowStart = "window_start"
        case address
        case learnedFor = "learned_for"
    }

    /// When it happened, from its RFC 3339 `time`.
    var date: Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: time) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: time)
    }

    /// `contained 10.70.0.10 hq_inside_1d`.
    var description: String { "\(event) \(host) \(quota ?? "-") \(action ?? "")" }
}
