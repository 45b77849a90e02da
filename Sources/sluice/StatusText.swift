import Foundation
import SluiceCompiler
import SluiceWatch

/// `sluice status` for people: one row per host and quota, then the contained hosts.
enum StatusText {
    /// Users are shown with the login names the status carries (`WatchStatus.nameUsers`).
    static func render(_ status: WatchStatus, policy: String, version: Int64, all: Bool) -> String {
        func display(_ host: HostID, _ name: String?) -> String { name.map { "\($0) (\(host))" } ?? host.description }
        var out = "table inet \(status.table): policy \(policy), version \(version), at \(RFC3339.formatSeconds(status.time))\n\n"
        var rows = [["HOST", "QUOTA", "USED", "BUDGET", "SHARE", "WINDOW", "RESETS (UTC)"]]
        var hidden = 0
        var entries: [(host: String, quota: QuotaStatus, usage: HostUsageStatus)] = []
        for quota in status.quotas {
            for usage in quota.hosts {
                if !all && usage.share < 0.1 && !usage.spent {
                    hidden += 1
                    continue
                }
                entries.append((display(usage.host, usage.name), quota, usage))
            }
        }
        entries.sort { ($0.host, $0.quota.id) < ($1.host, $1.quota.id) }
        // Learned quotas add the host's usual volume (its budget is its learned limit).
        let learned = entries.contains { $0.usage.usual != nil }
        if learned { rows[0].insert("USUAL", at: 3) }
        for e in entries {
            let share = String(format: "%.0f%%", e.usage.share * 100) + (e.usage.spent ? " spent" : "")
            var row = [e.host, e.quota.id, Units.size(e.usage.used, like: e.usage.budget), Units.size(e.usage.budget), share,
                       Units.duration(e.quota.window.length), RFC3339.formatSeconds(e.quota.resets)]
            if learned {
                row.insert(e.usage.usual.map { Units.size($0) + (e.usage.warmingUp == true ? " (group)" : "") } ?? "-", at: 3)
            }
            rows.append(row)
        }
        if entries.isEmpty {
            out += "no host has used 10% of a budget in the current windows"
            out += hidden > 0 ? " (\(hidden) below; --all lists them)\n" : "\n"
        } else {
            out += TextTable.render(rows)
            if hidden > 0 { out += "(\(hidden) more below 10%; --all lists them)\n" }
        }
        out += "\n"
        if status.containments.isEmpty {
            out += "no host is contained\n"
        } else {
            var contained = [["CONTAINED", "KIND", "SINCE (UTC)", "EXPIRES (UTC)", "BY", "REASON"]]
            for c in status.containments {
                contained.append([display(c.host, c.name), "\(c.level)", c.since.map(RFC3339.formatSeconds) ?? "-",
                                  c.expires.map(RFC3339.formatSeconds) ?? "until released", "\(c.origin)", c.reason])
            }
            out += TextTable.render(contained)
        }
        return out
    }
}
