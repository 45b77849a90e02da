import Foundation
import SluiceLab
import Testing

extension WatchKernelTests {
    /// `log denied` plus `--denied-threshold`: a host that keeps knocking on what the policy denies.
    @Suite("Denied attempts", .timeLimit(.minutes(10)))
    struct Denied {
        @Test("a host with denied attempts over --denied-threshold gets one denied alert naming where it tried to go")
        func deniedAlert() throws {
            let b = try LabAddress(parsing: "10.70.0.20"), dropSite = try LabAddress(parsing: "203.0.113.9")
            let loopback = try LabAddress(parsing: "127.0.0.1")
            let lab = try WatchLab.gateway(hosts: [try LabHostSpec(name: "soc", parsing: ["10.0.0.2"]), LabHostSpec(name: "b", addresses: [b])],
                                           outside: ["192.0.2.200", "203.0.113.9"])
            defer { lab.destroy() }
            try lab.apply(try lab.policy("watch-gateway.sluice"))
            _ = try lab.lab.tcpListener(on: dropSite, port: 443)
            let watcher = try lab.startWatcher(["--denied-threshold", "4", "--metrics-address", "127.0.0.1:9812"])

            for _ in 0..<3 {
                #expect(try !lab.connects(b, dropSite, port: 443, timeout: .milliseconds(300)), "the policy does not allow 203.0.113.9")
            }
            Thread.sleep(forTimeInterval: 0.5)
            #expect(!watcher.alerts().alerts.contains { $0.event == "denied" }, "an alert below the threshold: \(watcher.alerts().alerts)")
            for _ in 0..<3 {
                _ = try lab.connects(b, dropSite, port: 443, timeout: .milliseconds(300))
            }
            let alert = watcher.waitForAlert(seconds: 2) { $0.event == "denied" }
            #expect(alert?.host == "10.70.0.20" && (alert?.count ?? 0) >= 4, "\(String(describing: alert))")
            #expect(alert?.groups == ["inside"])
            let destination = alert?.destinations?.last
            #expect(destination?.address == "203.0.113.9" && destination?.protocol == "tcp" && destination?.port == 443,
                    "\(String(describing: alert?.destinations))")
            // One alert per host and interval, not one per attempt.
            #expect(watcher.alerts().alerts.filter { $0.event == "denied" }.count == 1, "\(watcher.alerts().alerts)")
            let body = try MetricsScrape.fetch(in: lab.router, address: loopback, port: 9812).body
            #expect((MetricsScrape.value("sluice_denied_attempts_total", ["host": "10.70.0.20"], in: body) ?? 0) >= 6, "\(body)")
        }
    }
}
