import Foundation
import SluiceCompiler
import SluiceSystem

/// Counts denied egress attempts per host over a sliding interval and says when a host is worth an
/// alert: when it reaches the threshold, then at most once per interval. Memory is bounded: past
/// `capacity` hosts the least recently seen are forgotten, and lifetime totals beyond `capacity`
/// hosts are summed under one `other` figure.
struct DeniedTracker {
    let threshold: Int
    let interval: TimeInterval
    let capacity: Int
    let recentLimit: Int
    private var hosts: [HostID: DeniedHost] = [:]
    /// Attempts per host since the watcher started (metrics).
    private(set) var totals: [HostID: UInt64] = [:]
    /// Attempts of hosts beyond the totals' capacity.
    private(set) var otherTotal: UInt64 = 0

    init(threshold: Int, interval: Duration, capacity: Int, recentLimit: Int) {
        self.threshold = max(1, threshold)
        self.interval = max(interval.secondsValue, 0.001)
        self.capacity = max(1, capacity)
        self.recentLimit = max(1, recentLimit)
    }

    /// Records one attempt; returns the alert to send, if any.
    mutating func record(host: HostID, destination: DeniedDestination, at time: Date) -> DeniedAlert? {
        if totals[host] != nil || totals.count < capacity {
            totals[host, default: 0] += 1
        } else {
            otherTotal += 1
        }
        var entry = hosts[host] ?? DeniedHost(lastSeen: time)
        entry.lastSeen = time
        let cutoff = time.addingTimeInterval(-interval)
        entry.times.removeAll { $0 <= cutoff }
        entry.times.append(time)
        // A flood cannot grow the list past what an alert could report.
        if entry.times.count > 10_000 { entry.times.removeFirst(entry.times.count - 10_000) }
        // Distinct: a SYN retransmitted five times is one destination, not five.
        entry.recent.removeAll { $0 == destination }
        entry.recent.append(destination)
        if entry.recent.count > recentLimit { entry.recent.removeFirst(entry.recent.count - recentLimit) }
        var alert: DeniedAlert?
        if entry.times.count >= threshold, entry.lastAlert.map({ time.timeIntervalSince($0) >= interval }) ?? true {
            entry.lastAlert = time
            alert = DeniedAlert(host: host, count: entry.times.count, destinations: entry.recent)
        }
        hosts[host] = entry
        if hosts.count > capacity { evict() }
        return alert
    }

    /// Forgets hosts not seen for an interval (their counts and rate limit have lapsed).
    mutating func prune(at time: Date) {
        let cutoff = time.addingTimeInterval(-interval)
        hosts = hosts.filter { $0.value.lastSeen > cutoff }
    }

    /// Hosts tracked now.
    var trackedCount: Int { hosts.count }

    /// Drops the least recently seen tenth, so eviction is rare and cheap on average.
    private mutating func evict() {
        let drop = max(1, hosts.count / 10)
        let oldest = hosts.sorted { ($0.value.lastSeen, $0.key) < ($1.value.lastSeen, $1.key) }.prefix(drop)
        for (host, _) in oldest { hosts[host] = nil }
    }
}
