import Foundation
import Testing
@testable import SluiceStore

@Suite struct ContainmentTests {
    @Test func putReleaseAndActiveAtTime() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let blocked = try store.putContainment(table: "sluice", host: "10.20.1.1", kind: .block, since: Fixture.time(),
                                               expires: Fixture.time(3_600), reason: "quota hq_compute_1d",
                                               source: .watcher, incidentID: 7)
        try store.putContainment(table: "sluice", host: "10.20.1.2", kind: .isolate, since: Fixture.time(),
                                 reason: "ticket 42", source: .manual)
        try store.putContainment(table: "lab", host: "10.20.1.3", kind: .block, since: Fixture.time(),
                                 reason: "other table", source: .manual)

        #expect(try store.activeContainments(table: "sluice", at: Fixture.time(60)).map(\.host) == ["10.20.1.1", "10.20.1.2"])
        // The timed block has expired an hour later; the open-ended isolation stands.
        let later = try store.activeContainments(table: "sluice", at: Fixture.time(3_600))
        #expect(later.map(\.host) == ["10.20.1.2"])
        #expect(later[0].kind == .isolate && later[0].source == .manual && later[0].expires == nil)

        let standing = try #require(try store.containment(table: "sluice", host: "10.20.1.1"))
        #expect(standing == blocked)
        #expect(standing.incidentID == 7)
        #expect(standing.isActive(at: Fixture.time(3_599)))
        #expect(!standing.isActive(at: Fixture.time(3_600)))

        let released = try #require(try store.releaseContainment(table: "sluice", host: "10.20.1.2", at: Fixture.time(120)).first)
        #expect(released.released == Fixture.time(120))
        #expect(try store.containment(table: "sluice", host: "10.20.1.2") == nil)
        #expect(try store.activeContainments(table: "sluice", at: Fixture.time(130)).map(\.host) == ["10.20.1.1"])
        #expect(try store.releaseContainment(table: "sluice", host: "10.20.1.2").isEmpty)
        // The released row stays as history.
        let history = try store.containmentHistory(table: "sluice", host: "10.20.1.2")
        #expect(history.count == 1 && history[0].released == Fixture.time(120))
    }

    @Test func putReplacesTheStandingContainmentOfItsKindAndKeepsHistory() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        try store.putContainment(table: "sluice", host: "2001:db8::5", kind: .block, since: Fixture.time(),
                                 expires: Fixture.time(600), reason: "first", source: .watcher)
        let longer = try store.putContainment(table: "sluice", host: "2001:DB8:0::5", kind: .block,
                                              since: Fixture.time(60), reason: "longer", source: .manual)
        #expect(longer.host == "2001:db8::5")
        #expect(try store.containment(table: "sluice", host: "2001:db8::5") == longer)
        let history = try store.containmentHistory(table: "sluice", host: "2001:db8::5")
        #expect(history.map(\.reason) == ["longer", "first"])
        #expect(history[1].released == Fixture.time(60))
        #expect(try store.activeContainments(table: "sluice", at: Fixture.time(61)).map(\.reason) == ["longer"])
    }

    @Test func blockAndIsolationStandSideBySide() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        // Blocked until released, then isolated for ten minutes: when the isolation ends, the
        // block still holds, and the record of each is its own.
        let block = try store.putContainment(table: "sluice", host: "10.0.0.5", kind: .block, since: Fixture.time(),
                                             reason: "ticket 7", source: .manual)
        let isolation = try store.putContainment(table: "sluice", host: "10.0.0.5", kind: .isolate, since: Fixture.time(60),
                                                 expires: Fixture.time(660), reason: "quota", source: .watcher)
        #expect(try store.activeContainments(table: "sluice", at: Fixture.time(61)) == [isolation, block])
        #expect(try store.containment(table: "sluice", host: "10.0.0.5") == isolation, "the strongest first")
        #expect(try store.containment(table: "sluice", host: "10.0.0.5", kind: .block) == block)
        #expect(try store.activeContainments(table: "sluice", at: Fixture.time(700)) == [block])

        // Releasing one kind leaves the other; releasing the host ends all it has.
        #expect(try store.releaseContainment(table: "sluice", host: "10.0.0.5", kind: .isolate, at: Fixture.time(120))
            .map(\.reason) == ["quota"])
        #expect(try store.containment(table: "sluice", host: "10.0.0.5") == block)
        try store.putContainment(table: "sluice", host: "10.0.0.5", kind: .isolate, since: Fixture.time(130),
                                 reason: "again", source: .manual)
        #expect(try store.releaseContainment(table: "sluice", host: "10.0.0.5", at: Fixture.time(140)).map(\.kind) == [.isolate, .block])
        #expect(try store.activeContainments(table: "sluice", at: Fixture.time(141)).isEmpty)
    }

    @Test func whatAWriteReturnsEqualsWhatIsReadBack() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        // Sub-millisecond times: the store keeps milliseconds, and says so in what it returns.
        let since = Date(timeIntervalSince1970: 1_735_689_600.123_456_7)
        let put = try store.putContainment(table: "sluice", host: "10.0.0.9", kind: .block, since: since,
                                           expires: since.addingTimeInterval(0.000_4), reason: "r", source: .manual)
        #expect(put.since == Date(timeIntervalSince1970: 1_735_689_600.123))
        #expect(try store.containment(table: "sluice", host: "10.0.0.9") == put)
    }

    @Test func badContainmentsAreRefused() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        #expect(throws: StoreError.self) {
            try store.putContainment(table: "sluice", host: "*", kind: .block, reason: "r", source: .manual)
        }
        #expect(throws: StoreError.self) {
            try store.putContainment(table: "sluice", host: "10.0.0.1", kind: .block, since: Fixture.time(60),
                                     expires: Fixture.time(), reason: "r", source: .manual)
        }
        let machine = try store.putContainment(table: "sluice", host: "self", kind: .isolate, reason: "host mode",
                                               source: .watcher)
        #expect(machine.host == "self")
    }
}
