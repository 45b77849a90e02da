import SluiceCompiler

/// Where a fleet keeps its state in etcd, under `/sluice/TABLE/` (docs/fleet.md, "Key layout"):
///
/// - `containment/LEVEL/HOST`: one standing containment (JSON, `ContainmentValue`);
/// - `usage/GATEWAY/QUOTA/WINDOW/SHARD`: a gateway's own bytes per host of one quota in one window,
///   split into `usageShards` values by a hash of the host (`UsageShard`), under the gateway's lease.
public struct FleetKeys: Hashable, Sendable {
    /// The Sluice table the fleet enforces.
    public let table: String
    /// How many values a gateway's usage of one quota is split into: few keys per write, each far
    /// below etcd's request limit at 10,000 hosts, and a host's change rewrites one sixteenth.
    public static let usageShards = 16

    /// The layout of a table.
    public init(table: String) {
        self.table = table
    }

    /// Every key of the table's fleet.
    public var root: String { "/sluice/\(table)/" }
    /// Every containment.
    public var containments: String { root + "containment/" }
    /// Every gateway's usage.
    public var usage: String { root + "usage/" }

    /// A containment's key.
    public func containment(host: HostID, level: ContainmentKind) -> String {
        "\(containments)\(level.rawValue)/\(host)"
    }

    /// One gateway's usage of one quota in one window (a prefix of its shards).
    public func usage(gateway: String, quotaID: String, window: Int64) -> String {
        "\(usage)\(gateway)/\(quotaID)/\(window)/"
    }

    /// One shard of it.
    public func usage(gateway: String, quotaID: String, window: Int64, shard: Int) -> String {
        usage(gateway: gateway, quotaID: quotaID, window: window) + format2(shard)
    }

    private func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// The level and host of a containment key, nil for another key.
    public func parseContainment(_ key: String) -> (ContainmentKind, HostID)? {
        guard key.hasPrefix(containments) else { return nil }
        let parts = key.dropFirst(containments.count).split(separator: "/", maxSplits: 1)
        guard parts.count == 2, let level = ContainmentKind(rawValue: String(parts[0])),
              let host = HostID(String(parts[1])) else { return nil }
        return (level, host)
    }

    /// The gateway, quota and window of a usage key, nil for another key.
    public func parseUsage(_ key: String) -> (gateway: String, quotaID: String, window: Int64)? {
        guard key.hasPrefix(usage) else { return nil }
        let parts = key.dropFirst(usage.count).split(separator: "/")
        guard parts.count == 4, let window = Int64(parts[2]) else { return nil }
        return (String(parts[0]), String(parts[1]), window)
    }

    /// Whether a gateway name can be part of a key: 1-63 letters, digits, `.`, `_` or `-`.
    public static func validGateway(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 63 && name.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)
                || byte == 0x2e || byte == 0x5f || byte == 0x2d
        }
    }
}
