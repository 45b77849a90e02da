import Foundation
import SluiceLab
import Testing

extension WatchKernelTests {
    /// `--metrics-address` and `--metrics-file`, read the way Prometheus and node_exporter would.
    @Suite("Metrics", .timeLimit(.minutes(10)))
    struct Metrics {
        @Test("GET /metrics shows a host's usage as it grows and its containment; the textfile is written and rewritten at stop")
        func prometheus() throws {
            let a = try LabAddress(parsing: "10.70.0.10"), sink = try LabAddress(parsing: "192.0.2.200")
            let loopback = try LabAddress(parsing: "127.0.0.1")
            let lab = try WatchLab.gateway(hosts: [try LabHostSpec(name: "soc", parsing: ["10.0.0.2"]), LabHostSpec(name: "a", addresses: [a])],
                                           outside: ["192.0.2.200"])
            defer { lab.destroy() }
            try lab.apply(try lab.policy("watch-gateway.sluice"))
            _ = try lab.lab.tcpListener(on: sink, port: WatchLab.sinkPort)
            let port: UInt16 = 9812
            let textfile = lab.scratch + "/sluice.prom"
            let watcher = try lab.startWatcher(["--metrics-address", "127.0.0.1:\(port)", "--metrics-file", textfile])
            #expect(watcher.log().contains("metrics=127.0.0.1:\(port)"), "\(watcher.log())")
            let scrape = { try MetricsScrape.fetch(in: lab.router, address: loopback, port: port) }
            let used = ["quota": "hq_inside_1d", "host": "10.70.0.10"]
            let contained = ["host": "10.70.0.10", "kind": "isolate"]

            let first = try scrape()
            #expect(first.statusLine.hasPrefix("HTTP/1.1 200"), "\(first.statusLine)")
            #expect(first.headers.contains { $0.lowercased().hasPrefix("content-type: text/plain") }, "\(first.headers)")
            #expect(first.body.contains("# TYPE sluice_quota_used_bytes gauge"), "\(first.body)")
            #expect(MetricsScrape.value("sluice_quota_budget_bytes", ["quota": "hq_inside_1d", "group": "inside"], in: first.body) == 200_000,
                    "\(first.body)")
            #expect(MetricsScrape.value("sluice_host_contained", contained, in: first.body) == nil)
            #expect(try MetricsScrape.fetch(in: lab.router, address: loopback, port: port, path: "/other").statusLine.hasPrefix("HTTP/1.1 404"))

            // Usage appears at the next full read: every poll on a small site, at least every 3 s.
            #expect(try lab.send(from: a, to: sink, bytes: 120_000, timeout: .seconds(5)).ending == .completed)
            var body = ""
            Eventually.wait(seconds: 6, interval: 0.2) {
                body = (try? scrape().body) ?? ""
                return (MetricsScrape.value("sluice_quota_used_bytes", used, in: body) ?? 0) >= 120_000
            }
            let usedNow = MetricsScrape.value("sluice_quota_used_bytes", used, in: body)
            #expect(usedNow.map { $0 >= 120_000 && $0 < 200_000 } == true, "usage of 10.70.0.10: \(String(describing: usedNow))\n\(body)")

            // Over the budget: the containment shows, and so does the incident.
            _ = try lab.send(from: a, to: sink, bytes: 1_000_000, timeout: .seconds(1))
            Eventually.wait(seconds: 3, interval: 0.2) {
                body = (try? scrape().body) ?? ""
                return MetricsScrape.value("sluice_host_contained", contained, in: body) == 1
            }
            #expect(MetricsScrape.value("sluice_host_contained", contained, in: body) == 1, "\(body)")
            #expect(MetricsScrape.value("sluice_contained_hosts", ["kind": "isolate"], in: body) == 1, "\(body)")
            #expect(MetricsScrape.value("sluice_contained_hosts", ["kind": "block"], in: body) == 0, "\(body)")
            #expect(MetricsScrape.value("sluice_incidents_total", in: body) == 1, "\(body)")
            #expect(MetricsScrape.value("sluice_quota_used_bytes", used, in: body) == 200_000, "\(body)")

            // The textfile: written at the first poll, and a last time at a clean stop.
            let early = try String(contentsOfFile: textfile, encoding: .utf8)
            #expect(early.contains("# TYPE sluice_quota_used_bytes gauge"), "\(early)")
            #expect(try watcher.stop() == 0)
            let last = try String(contentsOfFile: textfile, encoding: .utf8)
            #expect(MetricsScrape.value("sluice_host_contained", contained, in: last) == 1, "\(last)")
            #expect(MetricsScrape.value("sluice_quota_used_bytes", used, in: last) == 200_000, "\(last)")
            let attributes = try FileManager.default.attributesOfItem(atPath: textfile)
            #expect((attributes[.posixPermissions] as? Int) == 0o644, "node_exporter must be able to read the textfile")
        }
    }
}
