import Foundation
import SluiceCompiler
import SluiceLanguage
import Testing
@testable import SluiceWatch

@Suite struct ExceedTests {
    static let day = QuotaWindow(containing: FakeClock.noon, length: 86_400)

    @Test func spentPerHostQuotaBlocksWithTimeoutRecordsAndAlerts() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 400_000)
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_v4").isEmpty)
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 700_000)
        h.poll()

        let element = try #require(h.kernel.element("blocked_v4", "10.20.1.1"))
        #expect(element.timeout == 86_400_000)
        #expect(h.kernel.hosts(in: "isolated_v4").isEmpty)

        let incident = try #require(h.store.incidents.first)
        #expect(h.store.incidents.count == 1)
        #expect(incident.host == .address(FakeKernel.address("10.20.1.1")))
        #expect(incident.quotaID == "hq_compute_1d")
        #expect(incident.groups == ["compute"])
        #expect(incident.window == Self.day)
        #expect(incident.bytes == 1_000_000)   // the kernel caps what it reports at the budget
        #expect(incident.budget == 1_000_000)
        #expect(incident.actions == ["block for 1d", "alert log"])
        #expect(incident.containmentExpires == FakeClock.noon.addingTimeInterval(86_400))

        let containment = try #require(h.store.allContainments.first)
        #expect(containment.record.level == .block)
        #expect(containment.record.origin == .watcher)
        #expect(containment.record.incidentID == 1)
        #expect(containment.record.expires == FakeClock.noon.addingTimeInterval(86_400))
        #expect(h.store.usage("hq_compute_1d", "10.20.1.1", window: Self.day) == 1_000_000)

        #expect(h.writer.lines == [
            #"{"time":"2026-03-10T12:00:00Z","event":"contained","table":"sluice","host":"10.20.1.1","groups":["compute"],"#
                + #""quota":"hq_compute_1d","window_start":"2026-03-10T00:00:00Z","window_length":86400,"#
                + #""window_end":"2026-03-11T00:00:00Z","bytes":1000000,"budget":1000000,"action":"block for 1d","#
                + #""expires":"2026-03-11T12:00:00Z"}"#,
        ])
        #expect(incident.details == h.writer.lines.first)
    }

    @Test func isolateBeatsBlockAndTheLongestDurationWins() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        // 10.20.5.5 is in compute (block for 24h) and gpu (isolate for 2h).
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.5.5", bytes: 1_000_000)
        h.poll()
        let element = try #require(h.kernel.element("isolated_v4", "10.20.5.5"))
        #expect(element.timeout == 86_400_000)
        #expect(h.kernel.element("blocked_v4", "10.20.5.5") == nil)
        #expect(h.store.incidents.first?.actions == ["isolate for 1d", "alert log"])
    }

    @Test func responsesCombine() {
        func rule(_ actions: [ExceedAction]) -> ExceedBinding {
            ExceedBinding(groups: ["g"], actions: actions, location: SourceLocation(file: "t", line: 1, column: 1))
        }
        let a = ExceedResponse(combining: [rule([.block(seconds: 3_600), .alert([.log])]),
                                           rule([.isolate(seconds: 60), .alert([.exec(path: "/bin/x"), .log])])])
        #expect(a.level == .isolate)
        #expect(a.duration == 3_600)
        #expect(a.sinks == [.log, .exec(path: "/bin/x")])
        #expect(a.actionTexts == ["isolate for 1h", "alert log", "alert exec /bin/x"])
        let forever = ExceedResponse(combining: [rule([.block(seconds: nil)]), rule([.block(seconds: 600)])])
        #expect(forever.level == .block)
        #expect(forever.duration == nil)
        #expect(forever.containmentText == "block until released")
        let alertOnly = ExceedResponse(combining: [rule([.alert([.log])])])
        #expect(alertOnly.level == nil)
        #expect(alertOnly.actionTexts == ["alert log"])
    }

    @Test func spentTotalContainsEveryContributor() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.kernel.charge(set: "tq_dtn_1d_v4", host: "10.30.0.11", bytes: 6_000_000)
        h.kernel.charge(set: "tq_dtn_1d_v4", host: "10.30.0.12", bytes: 4_000_000)
        h.kernel.charge(object: "tq_dtn_1d", bytes: 9_000_000)
        h.poll()
        #expect(h.kernel.hosts(in: "isolated_v4").isEmpty)
        h.kernel.charge(object: "tq_dtn_1d", bytes: 1_000_000)
        h.poll()

        #expect(h.kernel.hosts(in: "isolated_v4") == ["10.30.0.11", "10.30.0.12"])
        // `isolate` without `for`: until released, so no timeout.
        #expect(h.kernel.element("isolated_v4", "10.30.0.11")?.timeout == nil)
        #expect(h.store.incidents.map(\.host.description) == ["*", "10.30.0.11", "10.30.0.12"])
        #expect(h.store.incidents.map(\.bytes) == [10_000_000, 6_000_000, 4_000_000])
        #expect(h.store.incidents.allSatisfy { $0.budget == 10_000_000 && $0.actions == ["isolate until released", "alert log"] })
        #expect(h.store.allContainments.map(\.record.host.description) == ["10.30.0.11", "10.30.0.12"])
        #expect(h.store.allContainments.map(\.record.incidentID) == [2, 3])
        #expect(h.store.allContainments.allSatisfy { $0.record.expires == nil })
        #expect(h.alerts.map(\.event) == ["exceeded", "contained", "contained"])
        #expect(h.alerts.map(\.host) == ["*", "10.30.0.11", "10.30.0.12"])
        #expect(h.alerts[1].line.contains(#""bytes":6000000,"budget":10000000"#))
        #expect(h.alerts[1].line.contains(#""expires":null"#))
    }

    @Test func selfIsBlockedThroughTheNfprotoSets() throws {
        let h = Harness(TestPolicies.host)
        h.start()
        h.kernel.charge(object: "hq_self_1h", bytes: 2_000_000)
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_self") == ["nfproto 10", "nfproto 2"])
        let elements = try h.kernel.elements(table: "sluice", set: "blocked_self")
        #expect(elements.allSatisfy { $0.timeout == 3_600_000 })
        #expect(h.store.incidents.map(\.host) == [.machine])
        #expect(h.store.incidents.first?.window == QuotaWindow(containing: FakeClock.noon, length: 3_600))
        #expect(h.store.allContainments.first?.record.host == .machine)
        #expect(h.alerts.map(\.host) == ["self"])
    }

    @Test func spentTotalOfSelfContainsThisMachine() throws {
        let h = Harness(TestPolicies.host)
        h.start()
        h.kernel.charge(object: "aq_self_updates_1d", bytes: 5_000_000)
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_self") == ["nfproto 10", "nfproto 2"])
        #expect(h.store.incidents.map(\.host) == [.groupTotal, .machine])
        #expect(h.alerts.map(\.event) == ["exceeded", "contained"])
        #expect(h.alerts.map(\.host) == ["*", "self"])
    }

    @Test func quotaLogContainsWithoutAPoll() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        let readsBefore = h.kernel.operations.count
        let out = h.handle(h.quotaLog("hq_login_1h", from: "fd00:10::5"))
        #expect(!out.pollNow)
        let newOperations = h.kernel.operations.dropFirst(readsBefore)
        #expect(newOperations.allSatisfy { $0.hasPrefix("add ") })
        #expect(h.kernel.hosts(in: "blocked_v6") == ["fd00:10::5"])
        #expect(h.kernel.element("blocked_v6", "fd00:10::5")?.timeout == 3_600_000)
        #expect(h.store.incidents.first?.bytes == 2_000_000)
        #expect(h.store.incidents.first?.window == QuotaWindow(containing: FakeClock.noon, length: 3_600))
    }

    @Test func lostEventsAndTableChangesAskForAPoll() {
        let h = Harness(TestPolicies.gateway)
        h.start()
        #expect(h.handle(.eventsLost).pollNow)
        #expect(h.handle(.tableChanged(table: "sluice")).pollNow)
        #expect(!h.handle(.tableChanged(table: "other")).pollNow)
        #expect(!h.handle(.quotaDepleted(table: "other", name: "tq_dtn_1d")).pollNow)
    }

    @Test func quotaLogOfAHostOutsideTheQuotaIsIgnored() {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.handle(h.quotaLog("hq_compute_1d", from: "10.99.0.1"))
        h.handle(.packet(PacketLog(prefix: "sluice-quota other hq_compute_1d", group: 5113,
                                   source: FakeKernel.address("10.20.1.1"))))
        #expect(h.kernel.hosts(in: "blocked_v4").isEmpty)
        #expect(h.store.incidents.isEmpty)
    }

    @Test func depletedObjectOfATotalContainsKnownContributorsAndAsksForAPoll() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.kernel.charge(set: "tq_dtn_1d_v4", host: "10.30.0.11", bytes: 1_000)
        h.poll()
        h.kernel.charge(set: "tq_dtn_1d_v4", host: "10.30.0.15", bytes: 10_000_000)
        h.kernel.charge(object: "tq_dtn_1d", bytes: 10_001_000)
        let out = h.handle(.quotaDepleted(table: "sluice", name: "tq_dtn_1d"))
        #expect(out.pollNow)
        #expect(h.kernel.hosts(in: "isolated_v4") == ["10.30.0.11"])
        h.poll()
        #expect(h.kernel.hosts(in: "isolated_v4") == ["10.30.0.11", "10.30.0.15"])
        #expect(h.store.incidents.map(\.host.description) == ["*", "10.30.0.11", "10.30.0.15"])
    }

    @Test func theHostWhosePacketSpentATotalIsRecordedWithWhatItSent() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.kernel.charge(set: "tq_dtn_1d_v4", host: "10.30.0.11", bytes: 4_000_000)
        h.poll()
        // 10.30.0.15 sends its first 6 MB between polls; its last packet spends the total.
        h.kernel.charge(set: "tq_dtn_1d_v4", host: "10.30.0.15", bytes: 6_000_000)
        h.kernel.charge(object: "tq_dtn_1d", bytes: 10_000_000)
        h.handle(h.quotaLog("tq_dtn_1d", from: "10.30.0.15"))
        #expect(h.kernel.hosts(in: "isolated_v4") == ["10.30.0.11", "10.30.0.15"])
        let incident = try #require(h.store.incidents.first { $0.host.description == "10.30.0.15" })
        #expect(incident.bytes == 6_000_000)
        let alert = try #require(h.alerts.first { $0.event == "contained" && $0.host == "10.30.0.15" })
        #expect(alert.line.contains(#""bytes":6000000"#))
    }

    @Test func aRestartDoesNotContainATotalsContributorAgainAfterItsContainmentEnded() throws {
        let h = Harness(TestPolicies.gateway.replacingOccurrences(of: "  isolate\n  alert log", with: "  isolate for 1h\n  alert log"))
        h.start()
        h.kernel.charge(set: "tq_dtn_1d_v4", host: "10.30.0.11", bytes: 10_000_000)
        h.kernel.charge(object: "tq_dtn_1d", bytes: 10_000_000)
        h.poll()
        #expect(h.kernel.hosts(in: "isolated_v4") == ["10.30.0.11"])
        h.clock.advance(3_601)
        h.poll()
        #expect(h.kernel.hosts(in: "isolated_v4").isEmpty)
        h.run(h.engine.stop())
        h.restart()
        h.start()
        h.poll()
        #expect(h.kernel.hosts(in: "isolated_v4").isEmpty)
        #expect(h.store.incidents.count == 2)
    }

    @Test func aHostIsContainedOnceWhateverTellsTheWatcher() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 1_000_000)
        h.handle(h.quotaLog("hq_compute_1d", from: "10.20.1.1"))
        h.handle(h.quotaLog("hq_compute_1d", from: "10.20.1.1"))
        h.poll()
        h.clock.advance(10)
        h.handle(h.quotaLog("hq_compute_1d", from: "10.20.1.1"))
        h.poll()
        #expect(h.store.incidents.count == 1)
        #expect(h.store.allContainments.count == 1)
        #expect(h.writer.lines.count == 1)
        #expect(h.kernel.operations.filter { $0.hasPrefix("add blocked_v4") }.count == 1)
    }

    @Test func anAlreadyContainedHostGetsNoSecondIncident() throws {
        let h = Harness(TestPolicies.gateway)
        // Blocked until released from outside: the policy's day-long block adds nothing.
        try h.kernel.addElements([SetElement(.address(AddressRange(FakeKernel.address("10.20.1.1"))))],
                                 table: "sluice", set: "blocked_v4")
        h.start()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 1_000_000)
        h.poll()
        #expect(h.store.incidents.isEmpty)
        #expect(h.writer.lines.isEmpty)
        // An isolating rule still escalates a blocked host.
        try h.kernel.addElements([SetElement(.address(AddressRange(FakeKernel.address("10.20.5.9"))), timeout: 600_000)],
                                 table: "sluice", set: "blocked_v4")
        h.poll()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.5.9", bytes: 1_000_000)
        h.poll()
        #expect(h.kernel.hosts(in: "isolated_v4") == ["10.20.5.9"])
        #expect(h.store.incidents.map(\.host.description) == ["10.20.5.9"])
    }

    @Test func aShorterContainmentIsMadeAsLongAsThePolicySaysNeverShorter() throws {
        let h = Harness(TestPolicies.gateway)
        // Blocked for ten minutes from outside; the quota's response is a block for a day.
        try h.kernel.addElements([SetElement(.address(AddressRange(FakeKernel.address("10.20.1.1"))), timeout: 600_000)],
                                 table: "sluice", set: "blocked_v4")
        h.start()
        h.kernel.charge(set: "hq_compute_1d_v4", host: "10.20.1.1", bytes: 1_000_000)
        h.poll()
        #expect(h.store.incidents.map(\.actions) == [["block for 1d", "alert log"]])
        // Replaced in one operation (one kernel transaction): the set never lacked the host.
        #expect(h.kernel.operations.contains("replace blocked_v4 address(10.20.1.1)"))
        #expect(!h.kernel.operations.contains { $0.hasPrefix("remove blocked_v4") })
        h.clock.advance(3_600)
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_v4") == ["10.20.1.1"], "the ten-minute block was made a day long")
        #expect(h.store.allContainments.last?.record.expires == FakeClock.noon.addingTimeInterval(86_400))
    }

    @Test func aBrokenStoreDoesNotStopContainment() throws {
        let h = Harness(TestPolicies.gateway)
        h.store.setFailing(true)
        h.start()
        h.handle(h.quotaLog("hq_compute_1d", from: "10.20.1.1"))
        #expect(h.kernel.hosts(in: "blocked_v4") == ["10.20.1.1"])
        #expect(h.alerts.map(\.event) == ["contained"])
        #expect(h.store.incidents.isEmpty)
    }

    /// The containment and incident a broken store refused are written once it mends, before
    /// anything else; so a table recreated afterwards gets the host back rather than freeing it.
    @Test func recordsABrokenStoreRefusedAreWrittenOnceItMends() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.store.setFailing(true)
        h.handle(h.quotaLog("hq_compute_1d", from: "10.20.1.1"))
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_v4") == ["10.20.1.1"])
        #expect(h.store.incidents.isEmpty && h.executor.waitingRecords >= 2)
        h.store.setFailing(false)
        h.poll()
        #expect(h.executor.waitingRecords == 0)
        #expect(h.store.incidents.count == 1)
        #expect(h.store.allContainments.map(\.record.host) == [.address(FakeKernel.address("10.20.1.1"))])
        #expect(h.store.allContainments.first?.record.incidentID == 1, "the containment names its incident")

        h.kernel.remove(set: "blocked_v4", host: "10.20.1.1")   // a recreated table lost it
        h.poll()
        h.clock.advance(5)
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_v4") == ["10.20.1.1"], "the host went free with the table")
        #expect(!h.alerts.map(\.event).contains("released"))
    }

    /// While an earlier record still waits, a later one waits behind it: a store that takes the
    /// later one first would end a containment before recording it, and keep it standing.
    @Test func waitingRecordsAreWrittenInOrderWhenTheStoreComesAndGoes() throws {
        let h = Harness(TestPolicies.gateway)
        let host = HostID.address(FakeKernel.address("10.20.9.9"))
        let containment = StoredContainment(table: "sluice", host: host, level: .block, since: FakeClock.noon,
                                            expires: nil, reason: "test", origin: .manual)
        h.store.failNext(2)
        h.executor.writeStore([.putContainment(containment, incident: nil)])      // fails, waits
        h.executor.writeStore([.endContainment(host: host, level: .block, at: FakeClock.noon.addingTimeInterval(60))])
        #expect(h.executor.waitingRecords == 2, "the end was written while its containment still waited")
        h.executor.writeStore([])
        #expect(h.executor.waitingRecords == 0)
        #expect(h.store.allContainments.map(\.released) == [FakeClock.noon.addingTimeInterval(60)])
    }

    @Test func aRefusedContainmentIsTriedAgain() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.kernel.refuseAdds(true)
        h.handle(h.quotaLog("hq_compute_1d", from: "10.20.1.1"))
        #expect(h.store.incidents.isEmpty)
        h.kernel.refuseAdds(false)
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_v4") == ["10.20.1.1"])
        #expect(h.store.incidents.count == 1)
    }

    @Test func aQuotaWithoutContainmentOnlyAlertsOnce() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        // lab has a quota but no `on exceed` rule: an incident and a log alert, no containment.
        h.kernel.charge(set: "hq_lab_1d_v4", host: "10.40.0.7", bytes: 1_000_000)
        h.poll()
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_v4").isEmpty && h.kernel.hosts(in: "isolated_v4").isEmpty)
        #expect(h.store.incidents.map(\.actions) == [[]])
        #expect(h.alerts.map(\.event) == ["exceeded"])
    }
}
