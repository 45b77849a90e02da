import SluiceCompiler

/// The hourly bytes per host that learned limits are computed from, in memory: what the store held
/// from `since` on when it was read, plus what the engine has recorded since.
struct HourlyHistory {
    /// Bytes by host and hour start.
    private(set) var hours: [HostID: [Int64: UInt64]]
    /// The earliest hour kept.
    private(set) var since: Int64

    init(_ records: [HourlyUsage], since: Int64) {
        hours = BaselineModel.index(records)
        self.since = since
    }

    /// Adds hours the engine recorded (what it also writes to the store).
    mutating func add(_ records: [HourlyUsage]) {
        for r in records where r.hourStart >= since { hours[r.host, default: [:]][r.hourStart, default: 0] &+= r.bytes }
    }

    /// Drops hours before `start`, at most once a day: the model ignores them anyway, this only
    /// keeps a long-running watcher's memory to the learning period (plus a day).
    mutating func forget(before start: Int64) {
        guard start - since >= 86_400 else { return }
        since = start
        for host in Array(hours.keys) {
            let kept = hours[host]?.filter { $0.key >= start } ?? [:]
            hours[host] = kept.isEmpty ? nil : kept
        }
    }
}
