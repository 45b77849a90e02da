import SluiceCompiler

/// Learned quotas' bytes per host and hour, waiting for the next store write. Several learned
/// quotas may count one host (an hourly and a six-hourly tier, an inline one that counts one
/// allow): per host and hour, the largest of their counts is its usage.
struct PendingHours {
    private struct Key: Hashable {
        var host: HostID
        var hour: Int64
    }

    private var counts: [Key: [String: UInt64]] = [:]

    /// Adds bytes a quota counted for a host in an hour.
    mutating func note(_ host: HostID, hour: Int64, quota: String, bytes: UInt64) {
        counts[Key(host: host, hour: hour), default: [:]][quota, default: 0] &+= bytes
    }

    var isEmpty: Bool { counts.isEmpty }

    /// The pending hours, sorted by host and hour, and forgets them.
    mutating func drain() -> [HourlyUsage] {
        defer { counts = [:] }
        return counts.map { key, byQuota in HourlyUsage(host: key.host, hourStart: key.hour, bytes: byQuota.values.max() ?? 0) }
            .sorted { ($0.host, $0.hourStart) < ($1.host, $1.hourStart) }
    }
}
