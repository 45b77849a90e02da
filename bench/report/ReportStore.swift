import BenchSupport
import Foundation
import SluiceCompiler
import SluiceLanguage
import SluiceStore

/// A state directory shaped like a month of a large site: 10,000 hosts in ten groups (one audits),
/// a million hourly flow rollups over 720 hours to 2,000 destinations, a daily per-host usage row
/// for every host and day, denied attempts and incidents. Deterministic: the same every run.
struct ReportStore {
    static let hosts = 10_000
    static let hours = 720
    static let rowsPerHour = 1_389
    static let destinations = 2_000

    /// The first hour, Unix seconds.
    let start: Int64

    static let policy: String = {
        var text = "policy benchr {\n  mode gateway\n  egress \"wan0\"\n  management soc\n}\ngroup soc 10.0.0.0/28\n"
        for g in 0..<10 { text += "group g\(g) 10.\(40 + g).0.0/16\n" }
        text += "destination mirrors 192.0.2.0/26\nservice web tcp/443\n"
        text += "allow g0, g1, g2, g3, g4, g5, g6, g7, g8, g9 to mirrors on web\nallow soc to any\naudit g9\n"
        for g in 0..<10 { text += "quota g\(g) 1 GB per day per host\n" }
        return text
    }()

    /// Host `index` of the site: 1,000 per group.
    static func host(_ index: Int) -> String {
        let k = index % 1_000
        return "10.\(40 + index / 1_000).\(k / 250).\(1 + k % 250)"
    }

    /// Destination `index`: the 768 documentation IPv4 addresses, then IPv6 ones in 2001:db8::/32.
    static func destination(_ index: Int) -> String {
        let blocks = ["192.0.2", "198.51.100", "203.0.113"]
        if index < 768 { return "\(blocks[index / 256]).\(index % 256)" }
        return "2001:db8::" + String(index, radix: 16)
    }

    /// Fills `directory` (a new state directory).
    func fill(_ directory: String, progress: (String) -> Void) throws {
        let store = try SluiceStore(directory: directory)
        let build = PolicyBuild.build(path: "benchr.sluice", fileSystem: InMemoryFileSystem(["benchr.sluice": Self.policy]))
        guard let compiled = build.compiled else { throw BenchError.failed("the policy does not compile:\n\(build.renderedDiagnostics)") }
        try store.recordVersion(table: "sluice", hash: "bench", message: "bench-report",
                                sources: [SourceFile(path: "benchr.sluice", text: Self.policy)], compiled: compiled)
        let ports: [(UInt8, UInt16)] = [(6, 443), (6, 22), (17, 53), (6, 80)]
        var generator = SplitMix(seed: 9)
        for h in 0..<Self.hours {
            if h % 120 == 0 { progress("flow rollups: hour \(h) of \(Self.hours)") }
            let hour = start + Int64(h) * 3_600
            let rows = (0..<Self.rowsPerHour).map { r -> FlowRollup in
                let host = (h * Self.rowsPerHour + r) % Self.hosts
                let (transport, port) = ports[r % ports.count]
                let audited = host / 1_000 == 9 && r % 3 == 0
                return FlowRollup(table: "sluice", hour: hour, host: Self.host(host),
                                  destination: Self.destination((r * 31 + h * 7) % Self.destinations), transport: transport,
                                  port: port, verdict: audited ? .wouldDeny : .allow,
                                  bytes: 1_000 + generator.next() % 10_000_000, packets: 10, flows: 1)
            }
            let denied = (0..<14).map { r in
                DeniedRollup(table: "sluice", hour: hour, host: Self.host((h * 14 + r) % Self.hosts),
                             destination: Self.destination(r), transport: 6, port: 25, attempts: 3)
            }
            try store.recordFlows(rows, denied: denied)
        }
        progress("usage: one row per host and day")
        for day in 0..<(Self.hours / 24) {
            let window = start - start % 86_400 + Int64(day) * 86_400
            let usage = (0..<Self.hosts).map { i in
                UsageRecord(table: "sluice", quotaID: "hq_g\(i / 1_000)_1d", host: Self.host(i), windowStart: window,
                            windowLength: 86_400, bytes: generator.next() % 1_200_000_000, updated: Date())
            }
            try store.storeUsage(usage)
            try store.recordIncident(table: "sluice", time: Date(timeIntervalSince1970: TimeInterval(window + 3_600)),
                                     host: Self.host(day), groups: ["g0"], quotaID: "hq_g0_1d", windowStart: window,
                                     windowLength: 86_400, bytesUsed: 1_000_000_000, budget: 1_000_000_000,
                                     actions: ["isolate for 1d", "alert log"])
        }
    }
}
