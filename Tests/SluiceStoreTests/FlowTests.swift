import Foundation
import GRDB
import SluiceCompiler
import Testing
@testable import SluiceStore

/// Flow rollups: flushes add up, each host and destination is kept once, a bad row refuses the
/// whole flush, scans and first sightings read what was written, retention prunes whole hours.
@Suite struct FlowTests {
    static let hour: Int64 = 1_764_547_200  // 2025-12-01T00:00:00Z

    static func flow(_ host: String, _ destination: String, hour: Int64 = hour, port: UInt16 = 443,
                     verdict: FlowVerdict = .allow, bytes: UInt64 = 1000, table: String = "sluice") -> FlowRollup {
        FlowRollup(table: table, hour: hour, host: host, destination: destination, transport: 6, port: port,
                   verdict: verdict, bytes: bytes, packets: bytes / 100, flows: 1)
    }

    static func rows(_ store: SluiceStore, from: Int64 = 0, to: Int64 = .max) throws -> [(String, String, FlowRow)] {
        let names = try store.endpointNames()
        var out: [(String, String, FlowRow)] = []
        try store.scanFlows(table: "sluice", from: from, to: to) { out.append((names[$0.host] ?? "?", names[$0.destination] ?? "?", $0)) }
        return out
    }

    @Test func flushesAddUpAndEndpointsAreKeptOnce() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        try store.recordFlows([Self.flow("10.20.0.5", "192.0.2.10"), Self.flow("10.20.0.6", "192.0.2.10", verdict: .wouldDeny)])
        try store.recordFlows([Self.flow("10.20.0.5", "192.0.2.10", bytes: 500), Self.flow("::ffff:10.20.0.5", "192.0.2.11")])
        let rows = try Self.rows(store)
        #expect(rows.count == 3)
        let first = try #require(rows.first { $0.0 == "10.20.0.5" && $0.1 == "192.0.2.10" })
        #expect(first.2.bytes == 1500 && first.2.packets == 15 && first.2.flows == 2 && first.2.verdict == .allow)
        #expect(rows.contains { $0.0 == "10.20.0.6" && $0.2.verdict == .wouldDeny })
        #expect(rows.contains { $0.0 == "10.20.0.5" && $0.1 == "192.0.2.11" }, "a mapped address is its IPv4 host")
        #expect(try store.endpointNames().count == 4)
    }

    @Test func aBadRowRefusesTheWholeFlush() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        for bad in [Self.flow("not-a-host", "192.0.2.10"), Self.flow("10.20.0.5", "self"),
                    Self.flow("10.20.0.5", "192.0.2.10", hour: Self.hour + 1), Self.flow("*", "192.0.2.10")] {
            #expect(throws: StoreError.self) { try store.recordFlows([Self.flow("10.20.0.9", "192.0.2.9"), bad]) }
        }
        #expect(try Self.rows(store).isEmpty)
    }

    @Test func scansReadAnHourRangeAndSightingsKeepTheFirstAndLastHour() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        try store.recordFlows([Self.flow("10.20.0.5", "192.0.2.10", hour: Self.hour),
                               Self.flow("10.20.0.5", "192.0.2.10", hour: Self.hour + 7200),
                               Self.flow("10.20.0.5", "192.0.2.20", hour: Self.hour + 3600),
                               Self.flow("10.20.0.5", "192.0.2.30", hour: Self.hour + 3600, table: "other")])
        #expect(try Self.rows(store, from: Self.hour + 3600, to: Self.hour + 7200).map(\.1) == ["192.0.2.20"])
        let names = try store.endpointNames()
        let all = try store.destinationsFirstSeen(table: "sluice", from: 0, to: .max)
        #expect(all.map { names[$0.destination] } == ["192.0.2.10", "192.0.2.20"])
        #expect(all.first?.firstHour == Self.hour && all.first?.lastHour == Self.hour + 7200)
        let late = try store.destinationsFirstSeen(table: "sluice", from: Self.hour + 3600, to: .max)
        #expect(late.map { names[$0.destination] } == ["192.0.2.20"], "192.0.2.10 was first reached before")
    }

    @Test func deniedAttemptsAddUp() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let attempt = DeniedRollup(table: "sluice", hour: Self.hour, host: "10.20.0.5", destination: "203.0.113.9",
                                   transport: 6, port: 22, attempts: 3)
        try store.recordFlows([], denied: [attempt])
        try store.recordFlows([], denied: [attempt])
        let read = try store.deniedRollups(table: "sluice", from: Self.hour, to: Self.hour + 3600)
        #expect(read.count == 1 && read.first?.attempts == 6 && read.first?.port == 22)
    }

    @Test func retentionPrunesWholeHoursAndForgetsEndpointsNothingNeeds() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let day: Int64 = 86_400
        try store.recordFlows([Self.flow("10.20.0.5", "192.0.2.10", hour: Self.hour),
                               Self.flow("10.20.0.6", "192.0.2.20", hour: Self.hour + 10 * day)],
                              denied: [DeniedRollup(table: "sluice", hour: Self.hour, host: "10.20.0.7", destination: "203.0.113.9",
                                                    transport: 17, port: 53, attempts: 1)])
        let now = Date(timeIntervalSince1970: TimeInterval(Self.hour + 10 * day + 60))
        // The first hour ended just under ten days ago: ten days of retention keep it (and its denied
        // attempt), nine prune both.
        #expect(try store.pruneFlows(olderThan: .seconds(10 * day), at: now) == 0)
        #expect(try store.pruneFlows(olderThan: .seconds(9 * day), at: now) == 2)
        #expect(try Self.rows(store).map(\.0) == ["10.20.0.6"])
        #expect(Set(try store.endpointNames().values) == ["10.20.0.6", "192.0.2.20"])
        #expect(try store.destinationsFirstSeen(table: "sluice", from: 0, to: .max).count == 1)
    }
}
