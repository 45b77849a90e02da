import Foundation
import SluiceCompiler
import SluiceLanguage
import SluiceOperations
import SluiceStore

/// A state directory with a live policy (compute audits, login enforces) and a few days of
/// recorded flows, usage, denied attempts and incidents, for the report and learn tests.
final class ReportFixture {
    static let policy = """
        policy lab {
          mode gateway
          egress "wan0"
          management soc
          log denied 10/minute
        }
        group compute 10.20.0.0/16
        group login   10.10.1.0/24
        group soc     10.0.0.0/28
        destination mirrors 192.0.2.0/26
        service web tcp/443
        allow compute, login to mirrors on web
        allow soc to any
        audit compute
        quota compute 1 MB per day per host
        on exceed compute {
          isolate for 24h
          alert log
        }

        """
    /// 2026-03-10T00:00:00Z, a Tuesday.
    static let day: Int64 = 1_773_100_800
    static let hour: Int64 = 3600

    let directory: String
    let store: SluiceStore
    let operations: TableOperations
    let compiled: CompiledPolicy

    init(policy: String = ReportFixture.policy) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-report-\(UUID().uuidString)").path
        store = try SluiceStore(directory: directory)
        let build = PolicyBuild.build(path: "lab.sluice", table: "sluice", fileSystem: InMemoryFileSystem(["lab.sluice": policy]))
        guard let compiled = build.compiled else { throw FixtureError.policy(build.renderedDiagnostics) }
        self.compiled = compiled
        try store.recordVersion(table: "sluice", hash: "h1", message: "lab", sources: [SourceFile(path: "lab.sluice", text: policy)],
                                compiled: compiled)
        operations = TableOperations(table: "sluice", store: store)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }

    func flow(_ host: String, _ destination: String, hour: Int64, port: UInt16 = 443, transport: UInt8 = 6,
              verdict: FlowVerdict = .allow, bytes: UInt64, flows: UInt64 = 1) -> FlowRollup {
        FlowRollup(table: "sluice", hour: hour, host: host, destination: destination, transport: transport, port: port,
                   verdict: verdict, bytes: bytes, packets: max(1, bytes / 1000), flows: flows)
    }

    /// Two days of traffic: day 0 before the period, day 1 and 2 in it.
    func seed() throws {
        let d0 = Self.day, d1 = Self.day + 86_400, d2 = Self.day + 2 * 86_400
        try store.recordFlows([
            flow("10.10.1.5", "192.0.2.10", hour: d0 + 5 * Self.hour, bytes: 100),
            flow("10.20.1.1", "192.0.2.10", hour: d1 + 9 * Self.hour, bytes: 400_000),
            flow("10.20.1.1", "192.0.2.10", hour: d2 + 9 * Self.hour, bytes: 1_200_000),
            flow("10.20.1.1", "203.0.113.9", hour: d1 + 10 * Self.hour, port: 22, verdict: .wouldDeny, bytes: 7000, flows: 3),
            flow("10.20.1.2", "203.0.113.9", hour: d2 + 11 * Self.hour, port: 22, verdict: .wouldDeny, bytes: 3000),
            flow("10.20.1.2", "203.0.113.17", hour: d2 + 11 * Self.hour, port: 53, transport: 17, verdict: .wouldDeny, bytes: 200),
            flow("10.10.1.5", "192.0.2.10", hour: d1 + 12 * Self.hour, bytes: 50_000),
        ], denied: [
            DeniedRollup(table: "sluice", hour: d1 + 12 * Self.hour, host: "10.10.1.5", destination: "198.51.100.7",
                         transport: 6, port: 25, attempts: 4),
        ])
        try store.recordUsage(table: "sluice", quotaID: "hq_compute_1d", host: "10.20.1.1", windowStart: d1,
                              windowLength: 86_400, bytes: 407_000)
        try store.recordUsage(table: "sluice", quotaID: "hq_compute_1d", host: "10.20.1.1", windowStart: d2,
                              windowLength: 86_400, bytes: 1_200_000)
        try store.recordIncident(table: "sluice", time: Date(timeIntervalSince1970: TimeInterval(d2 + 9 * Self.hour)),
                                 host: "10.20.1.1", groups: ["compute"], quotaID: "hq_compute_1d", windowStart: d2,
                                 windowLength: 86_400, bytesUsed: 1_000_000, budget: 1_000_000,
                                 actions: ["would isolate for 1d", "alert log"])
    }

    /// Days 1 and 2.
    var period: (since: Date, until: Date) {
        (Date(timeIntervalSince1970: TimeInterval(Self.day + 86_400)), Date(timeIntervalSince1970: TimeInterval(Self.day + 3 * 86_400)))
    }

    enum FixtureError: Error {
        case policy(String)
    }
}
