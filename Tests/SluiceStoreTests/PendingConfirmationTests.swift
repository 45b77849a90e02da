import Dispatch
import Foundation
import Synchronization
import Testing
@testable import SluiceStore

@Suite struct PendingConfirmationTests {
    func twoVersions(_ store: SluiceStore) throws -> (Int64, Int64) {
        let old = try store.recordVersion(table: "sluice", hash: "a", message: "old",
                                          sources: Fixture.sources("old"), compiled: Fixture.compiled("old"))
        let new = try store.recordVersion(table: "sluice", hash: "b", message: "new",
                                          sources: Fixture.sources("new"), compiled: Fixture.compiled("new"))
        return (old.id, new.id)
    }

    @Test func setGetUpdateClear() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let (old, new) = try twoVersions(store)
        let pending = PendingConfirmation(table: "sluice", versionID: new, rollbackTo: old,
                                          deadline: Fixture.time(120), created: Fixture.time())
        try store.setPendingConfirmation(pending)
        #expect(try store.pendingConfirmation(table: "sluice") == pending)
        #expect(try store.pendingConfirmation(table: "lab") == nil)
        #expect(try store.setPendingTimerPID(table: "sluice", versionID: new, pid: 4242))
        #expect(try !store.setPendingTimerPID(table: "sluice", versionID: old, pid: 1))
        #expect(try store.pendingConfirmation(table: "sluice")?.timerPID == 4242)
        // A stale timer for another version cannot take it.
        #expect(try store.claimPendingConfirmation(table: "sluice", versionID: old) == nil)
        #expect(try store.clearPendingConfirmation(table: "sluice"))
        #expect(try !store.clearPendingConfirmation(table: "sluice"))
        #expect(try store.pendingConfirmation(table: "sluice") == nil)
        // It must name versions of its own table.
        #expect(throws: StoreError.self) {
            try store.setPendingConfirmation(PendingConfirmation(table: "lab", versionID: new, rollbackTo: nil,
                                                                 deadline: Fixture.time()))
        }
    }

    @Test("an intended version's confirmation is pending from its mark as applied, deadline from its record")
    func pendingFromTheCommit() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let (old, new) = try twoVersions(store)
        try store.setPendingConfirmation(PendingConfirmation(table: "sluice", versionID: new, rollbackTo: old,
                                                             deadline: Fixture.time(60), created: Fixture.time()))
        let intended = try store.recordVersion(table: "sluice", hash: "c", message: "confirm me", sources: Fixture.sources("c"),
                                               compiled: Fixture.compiled("c"), at: Fixture.time(10), intended: true,
                                               confirmation: IntendedConfirmation(windowMilliseconds: 5_000, rollbackTo: old))
        // Nothing is pending for it before the kernel's commit; the earlier one stands.
        #expect(try store.pendingConfirmation(table: "sluice")?.versionID == new)
        let marked = try store.markApplied(versionID: intended.id, table: "sluice")
        let pending = try #require(marked.pending)
        #expect(pending.versionID == intended.id && pending.rollbackTo == old && pending.deadline == Fixture.time(15))
        // The one pending for the version before ended in the same transaction.
        #expect(marked.superseded?.versionID == new)
        #expect(try store.pendingConfirmation(table: "sluice") == pending)
        #expect(try store.liveVersion(table: "sluice")?.id == intended.id)
        let plain = try store.recordVersion(table: "sluice", hash: "d", message: "plain", sources: Fixture.sources("d"),
                                            compiled: Fixture.compiled("d"), intended: true)
        // A plain version marks nothing pending, and ends what was pending for another.
        #expect(try store.markApplied(versionID: plain.id, table: "sluice") == MarkedApplied(superseded: pending))
        #expect(try store.pendingConfirmation(table: "sluice") == nil)
        #expect(throws: StoreError.self) {
            try store.recordVersion(table: "sluice", hash: "e", message: "e", sources: Fixture.sources("e"),
                                    compiled: Fixture.compiled("e"),
                                    confirmation: IntendedConfirmation(windowMilliseconds: 1, rollbackTo: nil))
        }
    }

    @Test func exactlyOneClaimerWins() throws {
        let dir = try TestDirectory()
        // Two stores, two sets of connections: like `sluice confirm` and the timer process.
        let confirm = try SluiceStore(directory: dir.state)
        let timer = try SluiceStore(directory: dir.state)
        let (old, new) = try twoVersions(confirm)
        for round in 0..<25 {
            try confirm.setPendingConfirmation(PendingConfirmation(table: "sluice", versionID: new, rollbackTo: old,
                                                                   deadline: Fixture.time(Double(round))))
            let winners = Mutex<[String]>([])
            let failures = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                let (name, store) = i == 0 ? ("confirm", confirm) : ("timer", timer)
                do {
                    if try store.claimPendingConfirmation(table: "sluice", versionID: new) != nil {
                        winners.withLock { $0.append(name) }
                    }
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
            #expect(failures.withLock { $0 } == [])
            #expect(winners.withLock { $0.count } == 1, "round \(round)")
            #expect(try confirm.pendingConfirmation(table: "sluice") == nil)
        }
    }
}
