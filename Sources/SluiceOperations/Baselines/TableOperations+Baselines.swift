import Foundation
import SluiceCompiler
import SluiceLanguage
import SluiceStore
import SluiceWatch

extension TableOperations {
    /// Seeds the hourly history of learned quotas from a `host,hour,bytes` export. A file with any
    /// bad line is refused whole (every bad line named `FILE:LINE`), and nothing is written; a
    /// good one is written in one transaction, keeping the larger figure where an hour is already
    /// known (importing a file twice changes nothing).
    public func importBaselines(path: String) throws(OperationError) -> BaselineImport {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .badUsageFile(["\(path): cannot be read"])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .badUsageFile(["\(path): is not UTF-8 text"])
        }
        let records: [HourlyUsage]
        switch HourlyUsageCSV.parse(text, path: path) {
        case .success(let parsed): records = parsed
        case .failure(let error): throw .badUsageFile(error.problems)
        }
        try stored { () throws(StoreError) in
            try store.recordUsageHours(table: table, records.map { UsageHour(host: $0.host.description, hour: $0.hourStart, bytes: $0.bytes) },
                                       mode: .max)
        }
        return BaselineImport(records: records.count, hosts: Set(records.map(\.host)).count,
                              firstHour: records.map(\.hourStart).min(), lastHour: records.map(\.hourStart).max())
    }

    /// The live policy's learned quotas with the limits the watcher last wrote; with `host`, only
    /// that host's rows, and its hour-of-week profile over the longest learning period.
    public func baselines(host: String? = nil, at time: Date = Date()) throws(OperationError) -> BaselineReport {
        let canonical = try host.map { (text) throws(OperationError) -> HostID in
            guard let parsed = HostID(text), parsed.elementKey != nil else { throw .badHost(text) }
            return parsed
        }
        let (version, compiled) = try livePolicy()
        let limits = try stored { () throws(StoreError) in try store.baselineLimits(table: table) }
        var quotas: [LearnedQuotaReport] = []
        for binding in compiled.quotas {
            guard let learned = binding.learned else { continue }
            let rows = limits.filter { $0.quotaID == binding.id && (canonical == nil || $0.host == canonical?.description) }
            quotas.append(LearnedQuotaReport(
                id: binding.id, rule: "\(learned.words) per \(Units.window(binding.window)) \(binding.scope.words)",
                window: binding.window, learnSeconds: learned.learnSeconds, windowStart: rows.first?.windowStart,
                hosts: rows.compactMap { row in
                    HostID(row.host).map { HostBaseline(host: $0, usual: row.usual, limit: row.limit, warmingUp: row.warmingUp,
                                                        historySeconds: row.historySeconds) }
                }))
        }
        var report = BaselineReport(table: table, version: version.id, quotas: quotas)
        guard let canonical else { return report }
        let now = Int64(time.timeIntervalSince1970.rounded(.down))
        let learn = compiled.quotas.compactMap { $0.learned?.learnSeconds }.max() ?? Policy.defaultBaselineLearn
        let since = now - Int64(clamping: learn)
        let hours = try stored { () throws(StoreError) in try store.usageHours(table: table, since: since) }
        var own: [Int64: UInt64] = [:]
        for h in hours where h.host == canonical.description { own[h.hour] = h.bytes }
        report.host = canonical.description
        report.profile = HourOfWeekProfile.medians(own, since: since, before: now)
        report.historyHours = own.count
        return report
    }
}

extension TableOperations {
    /// A host's usual, limit and use for each of these learned quotas, from the limits the watcher
    /// recorded for the window that holds `time` (none for a quota whose window it has not started).
    public func learnedStanding(host: IPAddress, quotaIDs: [String], at time: Date = Date()) throws(OperationError) -> [LearnedStanding] {
        let name = HostID.address(host).description
        let limits = try stored { () throws(StoreError) in try store.baselineLimits(table: table) }
        var out: [LearnedStanding] = []
        for id in quotaIDs {
            guard let limit = limits.first(where: { $0.quotaID == id && $0.host == name }),
                  QuotaWindow(containing: time, length: limit.windowLength).start == limit.windowStart else { continue }
            let used = try stored { () throws(StoreError) in
                try store.currentUsage(table: table, quotaID: id, host: name, windowLength: limit.windowLength, at: time)
            }
            out.append(LearnedStanding(quotaID: id, host: name, windowStart: limit.windowStart, usual: limit.usual,
                                       limit: limit.limit, warmingUp: limit.warmingUp, used: used?.bytes ?? 0))
        }
        return out
    }
}
