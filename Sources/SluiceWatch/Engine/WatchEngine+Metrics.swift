extension WatchEngine {
    /// The figures for the metrics endpoint.
    public func metrics() -> MetricsSnapshot {
        let quotas = orderedBindings.map { state in
            let binding = state.binding
            let hosts = state.usage.sorted { $0.key < $1.key }.map { host, used in
                let groups = host == .groupTotal ? binding.groups : index.groups(of: host).filter(binding.groups.contains)
                return HostMetrics(host: host, groups: groups.joined(separator: ","), used: used)
            }
            return QuotaMetrics(id: binding.id, groups: binding.groups.joined(separator: ","), window: binding.window,
                                budget: binding.bytes, hosts: hosts)
        }
        let contained = containments.keys.sorted().map { ContainedMetric(host: $0.host, level: $0.level) }
        var denied = denied.totals.sorted { $0.key < $1.key }.map { DeniedMetric(host: $0.key.description, count: $0.value) }
        if self.denied.otherTotal > 0 { denied.append(DeniedMetric(host: "other", count: self.denied.otherTotal)) }
        return MetricsSnapshot(quotas: quotas, contained: contained, incidentsTotal: incidentsTotal,
                               deniedTotals: denied, pollSeconds: lastPollSeconds)
    }
}
