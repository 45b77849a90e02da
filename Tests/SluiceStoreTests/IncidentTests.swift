import Foundation
import Testing
@testable import SluiceStore

@Suite struct IncidentTests {
    @discardableResult
    func record(_ store: SluiceStore, table: String = "sluice", at seconds: TimeInterval, host: String) throws -> Incident {
        try store.recordIncident(table: table, time: Fixture.time(seconds), host: host, groups: ["compute", "login"],
                                 quotaID: "hq_compute_1d", windowStart: 1_735_689_600, windowLength: 86_400,
                                 bytesUsed: 2_147_483_648, budget: 2_147_483_648,
                                 actions: ["isolate for 24h", "alert log"],
                                 containmentExpires: Fixture.time(seconds + 86_400),
                                 details: #"{"exec":{"status":0}}"#)
    }

    @Test func recordGetAndList() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let first = try record(store, at: 10, host: "10.20.1.1")
        try record(store, at: 20, host: "10.20.1.2")
        try record(store, at: 30, host: "10.20.1.1")
        try record(store, table: "lab", at: 40, host: "10.20.1.1")

        let loaded = try #require(try store.incident(id: first.id, table: "sluice"))
        #expect(loaded == first)
        #expect(loaded.groups == ["compute", "login"])
        #expect(loaded.actions == ["isolate for 24h", "alert log"])
        #expect(loaded.details == #"{"exec":{"status":0}}"#)
        #expect(try store.incident(id: first.id, table: "lab") == nil)

        #expect(try store.incidents(table: "sluice").map(\.time) == [Fixture.time(30), Fixture.time(20), Fixture.time(10)])
        #expect(try store.incidents(table: "sluice", limit: 2).map(\.time) == [Fixture.time(30), Fixture.time(20)])
        #expect(try store.incidents(table: "sluice", since: Fixture.time(20)).map(\.time) == [Fixture.time(30), Fixture.time(20)])
        #expect(try store.incidents(table: "sluice", host: "10.20.1.1").map(\.time) == [Fixture.time(30), Fixture.time(10)])
        #expect(try store.incidents(table: "lab").count == 1)
    }

    @Test func groupTotalsAndBadDetails() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let total = try record(store, at: 0, host: "*")
        #expect(total.host == "*")
        #expect(throws: StoreError.self) {
            try store.recordIncident(table: "sluice", host: "10.0.0.1", groups: [], quotaID: "q", windowStart: 0,
                                     windowLength: 60, bytesUsed: 1, budget: 1, actions: [], details: "{not json")
        }
        #expect(try store.incidents(table: "sluice").count == 1)
        // A figure past what the store keeps (a forged fleet value) is kept as 2^63 - 1: refused,
        // it held back every record the watcher queued after it.
        _ = try store.recordIncident(table: "sluice", host: "10.0.0.2", groups: [], quotaID: "q", windowStart: 0,
                                     windowLength: 60, bytesUsed: UInt64.max, budget: UInt64.max, actions: [])
        let huge = try #require(try store.incidents(table: "sluice").first { $0.host == "10.0.0.2" })
        #expect(huge.bytesUsed == UInt64(Int64.max) && huge.budget == UInt64(Int64.max))
    }
}
