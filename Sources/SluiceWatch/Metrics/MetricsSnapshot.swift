import SluiceCompiler

/// The watcher's figures at one moment, taken under the engine's lock and rendered outside it.
public struct MetricsSnapshot: Hashable, Sendable {
    /// Quotas in policy order, hosts sorted.
    public var quotas: [QuotaMetrics]
    /// Contained hosts, sorted.
    public var contained: [ContainedMetric]
    /// Incidents acted on since the watcher started.
    public var incidentsTotal: UInt64
    /// Denied attempts per host since the watcher started, sorted by host.
    public var deniedTotals: [DeniedMetric]
    /// The last poll's duration in seconds, once there was one.
    public var pollSeconds: Double?
    /// The longest time from a quota event's arrival to its containment, since the watcher
    /// started (only a running service knows it).
    public var eventHandlingSeconds: Double?
    /// Alerts dropped by each `alert exec` program's full queue, by program (only a running
    /// service knows them; absent from the text while no program was alerted).
    public var alertsDropped: [AlertsDroppedMetric] = []
    /// Flow accounting's totals (only a running service with flow accounting has them).
    public var flows: FlowFigures?
    /// Fleet (`--cluster`): whether etcd is unreachable; nil without a fleet.
    public var clusterDegraded: Bool?
    /// The name service's figures; nil while it does not run.
    public var names: NameFigures?

    /// Creates a snapshot.
    public init(quotas: [QuotaMetrics], contained: [ContainedMetric], incidentsTotal: UInt64,
                deniedTotals: [DeniedMetric], pollSeconds: Double?) {
        self.quotas = quotas
        self.contained = contained
        self.incidentsTotal = incidentsTotal
        self.deniedTotals = deniedTotals
        self.pollSeconds = pollSeconds
    }

    /// The Prometheus text exposition format (version 0.0.4).
    public var prometheusText: String {
        var out = ""
        func family(_ name: String, _ type: String, _ help: String) {
            out += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n"
        }
        func sample(_ name: String, _ labels: [(String, String)], _ value: String) {
            let text = labels.map { "\($0.0)=\"\(Self.escape($0.1))\"" }.joined(separator: ",")
            out += name + (labels.isEmpty ? "" : "{\(text)}") + " " + value + "\n"
        }
        family("sluice_quota_used_bytes", "gauge", "Bytes counted against a quota in its current window.")
        for q in quotas {
            for h in q.hosts {
                sample("sluice_quota_used_bytes", [("quota", q.id), ("host", h.host.description), ("group", h.groups),
                                                   ("window", Units.duration(q.window))], String(h.used))
            }
        }
        family("sluice_quota_budget_bytes", "gauge", "A quota's allowance per window (per host, or shared by a total).")
        for q in quotas {
            sample("sluice_quota_budget_bytes", [("quota", q.id), ("group", q.groups), ("window", Units.duration(q.window))],
                   String(q.budget))
        }
        family("sluice_contained_hosts", "gauge", "Hosts held in a containment set, by kind.")
        for level in ContainmentKind.allCases {
            sample("sluice_contained_hosts", [("kind", level.rawValue)], String(contained.filter { $0.level == level }.count))
        }
        family("sluice_host_contained", "gauge", "1 for each contained host, by kind.")
        for c in contained {
            sample("sluice_host_contained", [("host", c.host.description), ("kind", c.level.rawValue)], "1")
        }
        family("sluice_incidents_total", "counter", "Exceeded quotas the watcher acted on since it started.")
        sample("sluice_incidents_total", [], String(incidentsTotal))
        family("sluice_denied_attempts_total", "counter", "Denied egress attempts logged per host since the watcher started.")
        for d in deniedTotals {
            sample("sluice_denied_attempts_total", [("host", d.host)], String(d.count))
        }
        family("sluice_watcher_poll_seconds", "gauge", "How long the last poll of the kernel took.")
        sample("sluice_watcher_poll_seconds", [], pollSeconds.map { String($0) } ?? "NaN")
        if let eventHandlingSeconds {
            family("sluice_watcher_event_handling_seconds_max", "gauge",
                   "The longest time from a kernel event's arrival to the end of its handling (containment included).")
            sample("sluice_watcher_event_handling_seconds_max", [], String(eventHandlingSeconds))
        }
        if !alertsDropped.isEmpty {
            family("sluice_alerts_dropped_total", "counter",
                   "Alerts dropped since the watcher started because an alert exec program's queue was full.")
            for d in alertsDropped {
                sample("sluice_alerts_dropped_total", [("program", d.program)], String(d.count))
            }
        }
        if let flows { flowFamilies(flows, family: family, sample: sample) }
        names?.families(family: family, sample: sample)
        if let clusterDegraded {
            family("sluice_cluster_degraded", "gauge", "1 while the fleet's etcd cannot be reached (enforcing with the last known usage).")
            sample("sluice_cluster_degraded", [], clusterDegraded ? "1" : "0")
        }
        return out
    }

    /// Flow accounting's families.
    private func flowFamilies(_ flows: FlowFigures, family: (String, String, String) -> Void,
                              sample: (String, [(String, String)], String) -> Void) {
        family("sluice_flow_bytes_total", "counter", "Egress bytes flow accounting counted since the watcher started, by verdict.")
        for verdict in ["allow", "would-deny"] {
            sample("sluice_flow_bytes_total", [("verdict", verdict)], String(flows.bytes[verdict] ?? 0))
        }
        family("sluice_flows_total", "counter", "Egress connections that ended since the watcher started, by verdict.")
        for verdict in ["allow", "would-deny"] {
            sample("sluice_flows_total", [("verdict", verdict)], String(flows.flows[verdict] ?? 0))
        }
        family("sluice_would_deny_notices_total", "counter", "First packets of would-deny connections the kernel logged (rate-limited).")
        sample("sluice_would_deny_notices_total", [], String(flows.wouldDenyNotices))
        family("sluice_flow_events_delayed_total", "counter",
               "Times the kernel held conntrack destroy events back because the watcher read too slowly (none are lost).")
        sample("sluice_flow_events_delayed_total", [], String(flows.delayed))
        family("sluice_conntrack_read_seconds", "gauge", "How long the last read of every live connection's counters took.")
        sample("sluice_conntrack_read_seconds", [], flows.lastDrainSeconds.map { String($0) } ?? "NaN")
    }

    /// A label value with backslash, double quote and newline escaped.
    static func escape(_ value: String) -> String {
        var out = ""
        for c in value {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }
}
