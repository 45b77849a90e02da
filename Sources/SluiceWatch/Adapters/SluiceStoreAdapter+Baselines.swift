import SluiceCompiler
import SluiceStore

extension SluiceStoreAdapter {
    /// Adds hourly usage to the stored hours.
    public func recordUsageHours(table: String, _ hours: [HourlyUsage]) throws {
        try store.recordUsageHours(table: table, hours.map { UsageHour(host: $0.host.description, hour: $0.hourStart, bytes: $0.bytes) },
                                   mode: .add)
    }

    /// The table's hourly usage from `since` on.
    public func usageHours(table: String, since: Int64) throws -> [HourlyUsage] {
        try store.usageHours(table: table, since: since).map { hour in
            HourlyUsage(host: try Self.host(hour.host), hourStart: hour.hour, bytes: hour.bytes)
        }
    }

    /// Rebuilds the hourly usage from the recorded flows when the table has none.
    public func rebuildUsageHoursIfEmpty(table: String) throws {
        try store.rebuildUsageHoursIfEmpty(table: table)
    }

    /// Every learned quota's recorded limits, by quota id.
    public func baselineLimits(table: String) throws -> [String: (window: QuotaWindow, baselines: [HostBaseline])] {
        var out: [String: (window: QuotaWindow, baselines: [HostBaseline])] = [:]
        for r in try store.baselineLimits(table: table) {
            let baseline = HostBaseline(host: try Self.host(r.host), usual: r.usual, limit: r.limit, warmingUp: r.warmingUp,
                                        historySeconds: r.historySeconds)
            out[r.quotaID, default: (QuotaWindow(start: r.windowStart, length: r.windowLength), [])].baselines.append(baseline)
        }
        return out
    }

    /// Replaces a learned quota's recorded limits.
    public func recordBaselineLimits(table: String, quotaID: String, window: QuotaWindow, _ baselines: [HostBaseline]) throws {
        try store.recordBaselineLimits(table: table, quotaID: quotaID, baselines.map { b in
            BaselineLimitRecord(quotaID: quotaID, host: b.host.description, windowStart: window.start, windowLength: window.length,
                                usual: b.usual, limit: b.limit, warmingUp: b.warmingUp, historySeconds: b.historySeconds)
        })
    }
}
