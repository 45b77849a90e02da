import Foundation
import SluiceCompiler
import SluiceLanguage
import SluiceStore

extension TableOperations {
    /// The report over the period's flow rollups, denied attempts, incidents and quota usage, with
    /// hosts' groups and budgets from the live policy. Refuses an unknown group, a malformed host
    /// and an empty period.
    public func report(_ request: ReportRequest) throws(OperationError) -> FlowReport {
        let (version, compiled) = try livePolicy()
        let host = try request.host.map { (text) throws(OperationError) -> String in
            guard let parsed = HostID(text), parsed != .groupTotal else { throw .badHost(text) }
            return parsed.description
        }
        if let group = request.group, !compiled.groups.contains(where: { $0.name == group }) {
            throw .unknownGroup(group)
        }
        guard let period = ReportPeriod(since: request.since, until: request.until) else {
            throw .emptyPeriod(since: request.since, until: request.until)
        }
        return try stored { () throws(StoreError) in
            var builder = FlowReportBuilder(compiled: compiled, names: try store.endpointNames(), group: request.group,
                                            host: host, from: period.from, to: period.to)
            try store.scanFlows(table: table, from: period.from, to: period.to) { builder.add($0) }
            let usage = try store.usage(table: table, overlapping: period.from, to: period.to)
            var incidents = try store.incidents(table: table, since: Date(timeIntervalSince1970: TimeInterval(period.from)),
                                                host: host, limit: nil).filter { incident in
                incident.time.timeIntervalSince1970 < TimeInterval(period.to)
                    && (request.group.map(incident.groups.contains) ?? true)
            }
            let budgets = LearnedBudgets(limits: compiled.quotas.contains { $0.learned != nil } ? try store.baselineLimits(table: table) : [],
                                         incidents: incidents)
            let (computed, shares) = Self.quotaUsage(usage, compiled: compiled, budgets: budgets, builder: builder)
            var windows = computed
            nameUsers(&windows, host: \.maxHost, name: \.maxHostName, compiled: compiled)
            nameUsers(&incidents, host: \.host, name: \.userName, compiled: compiled)
            let counts = builder.pairCounts()
            let topHosts = builder.topHosts(request.top, destinationsPerHost: counts.destinationsPerHost, shares: shares)
            let focus = host ?? topHosts.first?.host
            let hostWindows = usage.compactMap { record -> HostWindowUsage? in
                guard record.host == focus, let quota = compiled.quota(id: record.quotaID) else { return nil }
                return HostWindowUsage(host: record.host, quota: quota.id, windowStart: RFC3339.format(unixSeconds: record.windowStart),
                                       windowSeconds: record.windowLength, bytes: record.bytes,
                                       budget: budgets.budget(quota, host: record.host, windowStart: record.windowStart))
            }
            return FlowReport(
                table: table, version: version.id, from: RFC3339.format(unixSeconds: period.from),
                until: RFC3339.format(unixSeconds: period.to), fromSeconds: period.from, untilSeconds: period.to, group: request.group, host: host,
                auditedGroups: compiled.audit?.groups ?? [],
                bytes: builder.totalBytes, wouldDenyBytes: builder.totalWouldDeny,
                hostCount: builder.hostIDs.count, destinationCount: builder.destinationIDs.count,
                topHosts: topHosts,
                topDestinations: builder.topDestinations(request.top, hostsPerDestination: counts.hostsPerDestination),
                newDestinations: try newDestinations(builder, period: period),
                wouldDeny: builder.wouldDenyFlows(),
                denied: Self.deniedAttempts(try store.deniedRollups(table: table, from: period.from, to: period.to), builder),
                incidents: incidents, quotaUsage: windows, hostWindows: hostWindows, hourly: builder.hourlyBytes())
        }
    }

    /// Destinations first reached in the period that the covered hosts reached, oldest first.
    private func newDestinations(_ builder: FlowReportBuilder, period: ReportPeriod) throws(StoreError) -> [NewDestination] {
        let sightings = try store.destinationsFirstSeen(table: table, from: period.from, to: period.to).filter {
            builder.reached($0.destination)
        }
        let hosts = builder.hosts(reaching: Set(sightings.map(\.destination)))
        return sightings.map { sighting in
            let reached = hosts[sighting.destination] ?? (0, [])
            return NewDestination(destination: builder.name(sighting.destination),
                                  firstSeen: RFC3339.format(unixSeconds: sighting.firstHour),
                                  lastSeen: RFC3339.format(unixSeconds: sighting.lastHour),
                                  bytes: builder.destinationBytes[Int(sighting.destination)], hostCount: reached.count,
                                  hosts: reached.first)
        }
    }

    /// Denied attempts of the covered hosts, summed over the period's hours, most first.
    private static func deniedAttempts(_ rollups: [DeniedRollup], _ builder: FlowReportBuilder) -> [DeniedAttempts] {
        var sums: [DeniedAttempts: UInt64] = [:]
        for rollup in rollups where builder.covers(rollup.host) {
            let key = DeniedAttempts(host: rollup.host, destination: rollup.destination,
                                     service: ServiceName.of(transport: rollup.transport, port: rollup.port), attempts: 0)
            sums[key, default: 0] &+= rollup.attempts
        }
        return sums.map { key, attempts in
            var entry = key
            entry.attempts = attempts
            return entry
        }.sorted { ($1.attempts, $0.host, $0.destination, $0.service) < ($0.attempts, $1.host, $1.destination, $1.service) }
    }

    /// Each quota window's largest use against the budget, and each host's largest share of a budget.
    /// A learned quota's budget differs per host: the window shows the host with the largest share,
    /// against its own limit.
    private static func quotaUsage(_ usage: [UsageRecord], compiled: CompiledPolicy, budgets: LearnedBudgets,
                                   builder: FlowReportBuilder) -> ([QuotaWindowUsage], [String: (share: Double, quota: String)]) {
        var windows: [WindowKey: QuotaWindowUsage] = [:]
        // Each host has a row per window: decide whether the request covers it once.
        var covered: [String: Bool] = [:]
        var shares: [String: (share: Double, quota: String)] = [:]
        for record in usage {
            guard let quota = compiled.quota(id: record.quotaID), quota.bytes > 0 else { continue }
            if let group = builder.group, !quota.groups.contains(group) { continue }
            if record.host != "*" {
                if covered[record.host] == nil { covered[record.host] = builder.covers(record.host) }
                if covered[record.host] != true { continue }
            }
            if builder.host != nil && record.host == "*" { continue }
            let key = WindowKey(quota: record.quotaID, start: record.windowStart)
            var window = windows[key] ?? QuotaWindowUsage(
                quota: quota.id, groups: quota.groups, scope: quota.scope == .total ? "total" : "per host",
                windowStart: RFC3339.format(unixSeconds: record.windowStart), windowSeconds: record.windowLength,
                budget: quota.bytes, maxBytes: 0, maxHost: "-", spent: 0)
            let budget = max(1, budgets.budget(quota, host: record.host, windowStart: record.windowStart))
            let share = Double(record.bytes) / Double(budget)
            if window.maxHost == "-" || share > Double(window.maxBytes) / Double(max(1, window.budget)) {
                (window.maxBytes, window.maxHost, window.budget) = (record.bytes, record.host, budget)
            }
            if record.bytes >= budget { window.spent += 1 }
            windows[key] = window
            if record.host != "*", share > (shares[record.host]?.share ?? -1) { shares[record.host] = (share, quota.id) }
        }
        let ordered = windows.sorted { ($0.key.quota, $0.key.start) < ($1.key.quota, $1.key.start) }.map(\.value)
        return (ordered, shares)
    }
}
