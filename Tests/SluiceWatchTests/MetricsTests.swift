import Foundation
import SluiceCompiler
import Testing
@testable import SluiceWatch

@Suite struct MetricsTests {
    @Test func prometheusTextIsExact() {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.5.5", bytes: 1_000_000)
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 1_234)
        h.kernel.charge(set: "hq_login_1h_v6", host: "fd00:10::5", bytes: 99)
        h.kernel.charge(set: "tq_dtn_1d_v4", host: "10.30.0.11", bytes: 5_000)
        h.kernel.charge(object: "tq_dtn_1d", bytes: 5_000)
        h.poll()
        for _ in 0..<3 { h.handle(h.denyLog(from: "10.20.3.4", to: "203.0.113.9", port: 443)) }
        var snapshot = h.engine.metrics()
        snapshot.pollSeconds = 0.0125
        #expect(snapshot.prometheusText == """
            # HELP sluice_quota_used_bytes Bytes counted against a quota in its current window.
            # TYPE sluice_quota_used_bytes gauge
            sluice_quota_used_bytes{quota="hq_compute_1d",host="10.20.1.1",group="compute",window="1d"} 1234
            sluice_quota_used_bytes{quota="hq_compute_1d",host="10.20.5.5",group="compute",window="1d"} 1000000
            sluice_quota_used_bytes{quota="hq_login_1h",host="fd00:10::5",group="login",window="1h"} 99
            sluice_quota_used_bytes{quota="tq_dtn_1d",host="10.30.0.11",group="dtn",window="1d"} 5000
            sluice_quota_used_bytes{quota="tq_dtn_1d",host="*",group="dtn",window="1d"} 5000
            # HELP sluice_quota_budget_bytes A quota's allowance per window (per host, or shared by a total).
            # TYPE sluice_quota_budget_bytes gauge
            sluice_quota_budget_bytes{quota="hq_compute_1d",group="compute",window="1d"} 1000000
            sluice_quota_budget_bytes{quota="hq_login_1h",group="login",window="1h"} 2000000
            sluice_quota_budget_bytes{quota="tq_dtn_1d",group="dtn",window="1d"} 10000000
            sluice_quota_budget_bytes{quota="hq_lab_1d",group="lab",window="1d"} 1000000
            # HELP sluice_contained_hosts Hosts held in a containment set, by kind.
            # TYPE sluice_contained_hosts gauge
            sluice_contained_hosts{kind="block"} 0
            sluice_contained_hosts{kind="isolate"} 1
            # HELP sluice_host_contained 1 for each contained host, by kind.
            # TYPE sluice_host_contained gauge
            sluice_host_contained{host="10.20.5.5",kind="isolate"} 1
            # HELP sluice_incidents_total Exceeded quotas the watcher acted on since it started.
            # TYPE sluice_incidents_total counter
            sluice_incidents_total 1
            # HELP sluice_denied_attempts_total Denied egress attempts logged per host since the watcher started.
            # TYPE sluice_denied_attempts_total counter
            sluice_denied_attempts_total{host="10.20.3.4"} 3
            # HELP sluice_watcher_poll_seconds How long the last poll of the kernel took.
            # TYPE sluice_watcher_poll_seconds gauge
            sluice_watcher_poll_seconds 0.0125

            """)
    }

    @Test func labelValuesAreEscaped() {
        #expect(MetricsSnapshot.escape(#"a"b\c"# + "\nd") == #"a\"b\\c\nd"#)
        let snapshot = MetricsSnapshot(
            quotas: [QuotaMetrics(id: "q", groups: "g\"1", window: 90, budget: 1,
                                  hosts: [HostMetrics(host: .groupTotal, groups: "a\\b", used: 0)])],
            contained: [], incidentsTotal: 0, deniedTotals: [], pollSeconds: nil)
        let text = snapshot.prometheusText
        #expect(text.contains(#"sluice_quota_used_bytes{quota="q",host="*",group="a\\b",window="90s"} 0"#))
        #expect(text.contains(#"sluice_quota_budget_bytes{quota="q",group="g\"1",window="90s"} 1"#))
        #expect(text.contains("sluice_watcher_poll_seconds NaN\n"))
    }
}
