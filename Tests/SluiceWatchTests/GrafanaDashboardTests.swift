import Foundation
import Testing
@testable import SluiceWatch

/// examples/grafana/sluice.json asks only for metrics, and labels, that the watcher really
/// exposes: they are read from the Prometheus text of a snapshot taken from a running engine,
/// not from a list kept by hand.
@Suite struct GrafanaDashboardTests {
    static let dashboard = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/grafana/sluice.json")

    /// Labels Prometheus adds to every scraped series.
    static let targetLabels: Set<String> = ["instance", "job"]

    /// Metric name → label names, from the text a snapshot renders with every family present.
    static func exposed() -> [String: Set<String>] {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.5.5", bytes: 1_000_000)
        h.kernel.charge(set: "tq_dtn_1d_v4", host: "10.30.0.11", bytes: 5_000)
        h.kernel.charge(object: "tq_dtn_1d", bytes: 5_000)
        h.poll()
        h.handle(h.denyLog(from: "10.20.3.4", to: "203.0.113.9", port: 443))
        var snapshot = h.engine.metrics()
        // Only a running service knows these two; they are in its text once they have a value.
        snapshot.eventHandlingSeconds = 0.002
        snapshot.alertsDropped = [AlertsDroppedMetric(program: "/usr/local/bin/page", count: 1)]
        var out: [String: Set<String>] = [:]
        for line in snapshot.prometheusText.split(separator: "\n") where !line.hasPrefix("#") {
            let name = String(line.prefix { $0 != "{" && $0 != " " })
            var labels = out[name] ?? []
            if let open = line.firstIndex(of: "{"), let close = line.firstIndex(of: "}") {
                for pair in line[line.index(after: open)..<close].split(separator: ",") {
                    labels.insert(String(pair.prefix { $0 != "=" }))
                }
            }
            out[name] = labels
        }
        return out
    }

    /// Every query string of the dashboard: panel targets and template variables.
    static func queries(_ value: Any) -> [String] {
        if let object = value as? [String: Any] {
            // A data source variable's query is a plugin name, not PromQL.
            if object["type"] as? String == "datasource" { return [] }
            var out: [String] = []
            for (key, child) in object {
                if (key == "expr" || key == "query" || key == "definition"), let text = child as? String { out.append(text) }
                out += queries(child)
            }
            return out
        }
        if let array = value as? [Any] { return array.flatMap(queries) }
        return []
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    @Test("every metric and label the dashboard queries is one the watcher exposes")
    func dashboardMatchesMetrics() throws {
        let exposed = Self.exposed()
        #expect(exposed.count >= 9, "the snapshot lacks families: \(exposed.keys.sorted())")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.dashboard))
        let queries = Self.queries(json)
        #expect(queries.count >= 10)
        var used: Set<String> = []
        for query in queries {
            let metrics = Self.matches(#"\b(sluice_[a-z0-9_]+)"#, in: query)
            #expect(!metrics.isEmpty, "a query without a Sluice metric: \(query)")
            for metric in metrics { #expect(exposed[metric] != nil, "'\(metric)' is not a metric sluice watch exposes: \(query)") }
            used.formUnion(metrics)
            // Labels in selectors, `by (...)` and `on (...)` must belong to one of the query's metrics.
            let known = metrics.reduce(Self.targetLabels) { $0.union(exposed[$1] ?? []) }
            let selectorLabels = Self.matches(#"[{,]\s*([a-z_]+)\s*(?:=~|!~|!=|=)"#, in: query)
            let groupedLabels = Self.matches(#"\b(?:by|on|without|ignoring|group_left|group_right)\s*\(([^)]*)\)"#, in: query)
                .flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
                .filter { !$0.isEmpty }
            for label in selectorLabels + groupedLabels {
                #expect(known.contains(label), "label '\(label)' is on none of \(metrics): \(query)")
            }
        }
        // The four things an operator watches: usage against budgets, containments, incidents and
        // alerts, denied attempts.
        for metric in ["sluice_quota_used_bytes", "sluice_quota_budget_bytes", "sluice_contained_hosts",
                       "sluice_host_contained", "sluice_incidents_total", "sluice_alerts_dropped_total",
                       "sluice_denied_attempts_total"] {
            #expect(used.contains(metric), "the dashboard does not show \(metric)")
        }
    }
}
