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

    /// The record as the watcher takes it, for `table`; nil when a field does not read.
    func containment(table: String) -> StoredContainment? {
        guard let host = HostID(host), let level = ContainmentKind(rawValue: level) else { return nil }
        return StoredContainment(table: table, host: host, level: level, since: Date(timeIntervalSince1970: since),
                                 expires: expires.map { Date(timeIntervalSince1970: $0) },
                                 reason: "\(reason) (from \(gateway))",
                                 origin: ContainmentOrigin(rawValue: origin) ?? .unknown)
    }
}
