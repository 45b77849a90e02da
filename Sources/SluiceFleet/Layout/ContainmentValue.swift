import Foundation
import SluiceCompiler
import SluiceWatch

/// A containment as the fleet keeps it in etcd: what `StoredContainment` holds, and the gateway
/// (or `cli`) that decided it.
struct ContainmentValue: Codable, Hashable, Sendable {
    var host: String
    var level: String
    /// Unix seconds.
    var since: Double
    /// Unix seconds; nil: until released.
    var expires: Double?
    var reason: String
    var origin: String
    var gateway: String

    init(_ containment: StoredContainment, gateway: String) {
        host = containment.host.description
        level = containment.level.rawValue
        since = containment.since.timeIntervalSince1970
        expires = containment.expires?.timeIntervalSince1970
        reason = containment.reason
        origin = containment.origin.rawValue
        self.gateway = gateway
    }

    /// The JSON value, keys sorted (the same containment is the same bytes).
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }

    /// Reads a value; nil when it is not a containment record.
    static func decode(_ data: Data) -> ContainmentValue? {
        try? JSONDecoder().decode(ContainmentValue.self, from: data)
    }

    /// The record as the watcher takes it, for `table`; nil when a field does not read. Any etcd
    /// client can write one, so times are taken within bounds: a start that is not a time of this
    /// era is now; an end too far away to be one is until released (a containment only ever
    /// removes access), and one before the era (a negative number) has passed, as any end in the
    /// past has.
    func containment(table: String, now: Date = Date()) -> StoredContainment? {
        guard let host = HostID(host), let level = ContainmentKind(rawValue: level) else { return nil }
        let era = 0.0...Self.latestTime
        let start = era.contains(since) ? Date(timeIntervalSince1970: since) : now
        let end = expires.flatMap { $0 > Self.latestTime ? nil : Date(timeIntervalSince1970: max(0, $0)) }
        return StoredContainment(table: table, host: host, level: level, since: start,
                                 expires: end,
                                 reason: "\(reason) (from \(gateway))",
                                 origin: ContainmentOrigin(rawValue: origin) ?? .unknown)
    }

    /// The latest time taken from etcd as one, in Unix seconds (the year 2400): later is not a date
    /// any containment means.
    static let latestTime: Double = 13_569_465_600
}
