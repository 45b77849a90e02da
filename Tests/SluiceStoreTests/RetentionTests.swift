import Foundation
import Testing
@testable import SluiceStore

@Suite struct RetentionTests {
    @Test func oldIncidentsAndEndedContainmentsArePruned() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let day: TimeInterval = 86_400
        for (table, daysAgo) in [("sluice", 40.0), ("sluice", 10.0), ("lab", 40.0)] {
            try store.recordIncident(table: table, time: Fixture.time(-daysAgo * day), host: "10.0.0.1", groups: ["g"],
                                     quotaID: "q", windowStart: 0, windowLength: 86_400, bytesUsed: 2, budget: 1,
                                     actions: ["block"])
        }
        // Ended long ago (released, expired), ended recently, and standing open-ended since long ago.
        try store.putContainment(table: "sluice", host: "10.0.0.1", kind: .block, since: Fixture.time(-50 * day),
                                 reason: "released", source: .manual)
        try store.releaseContainment(table: "sluice", host: "10.0.0.1", at: Fixture.time(-45 * day))
        try store.putContainment(table: "sluice", host: "10.0.0.2", kind: .block, since: Fixture.time(-50 * day),
                                 expires: Fixture.time(-49 * day), reason: "expired", source: .watcher)
        try store.putContainment(table: "sluice", host: "10.0.0.3", kind: .block, since: Fixture.time(-50 * day),
                                 expires: Fixture.time(-5 * day), reason: "recent", source: .watcher)
        try store.putContainment(table: "sluice", host: "10.0.0.4", kind: .isolate, since: Fixture.time(-50 * day),
                                 reason: "standing", source: .manual)

        #expect(try store.pruneHistory(olderThan: .seconds(30 * 86_400), at: Fixture.time(), table: "sluice") == 3)
        #expect(try store.incidents(table: "sluice").map(\.time) == [Fixture.time(-10 * day)])
        #expect(try store.incidents(table: "lab").count == 1)
        #expect(try store.containmentHistory(table: "sluice", host: "10.0.0.1").isEmpty)
        #expect(try store.containmentHistory(table: "sluice", host: "10.0.0.2").isEmpty)
        #expect(try store.containmentHistory(table: "sluice", host: "10.0.0.3").count == 1)
        #expect(try store.activeContainments(table: "sluice", at: Fixture.time()).map(\.reason) == ["standing"])
    }
}
