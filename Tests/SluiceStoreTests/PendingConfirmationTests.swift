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

    /// A confirmation pending the way the product makes one: an intended version recorded with its
    /// window, then marked applied.
    @discardableResult
    func confirming(_ store: SluiceStore, rollbackTo old: Int64?, window: Int64 = 120_000,
                    at time: Date = Fixture.time()) throws -> PendingConfirmation {
        let version = try store.recordVersion(table: "sluice", hash: "p", message: "pending", sources: Fixture.sources("p"),
                                              compiled: Fixture.compiled("p"), at: time, intended: true,
                                              confirmation: IntendedConfirmation(windowMilliseconds: window, rollbackTo: old))
        return try #require(try store.markApplied(versionID: version.id, table: "sluice").pending)
    }

    @Test func getUpdateClaim() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let (old, _) = try twoVersions(store)
        let pending = try confirming(store, rollbackTo: old)
        #expect(pending.rollbackTo == old && pending.deadline == Fixture.time(120) && pending.created == Fixture.time())
        #expect(try store.pendingConfirmation(table: "sluice") == pending)
        #expect(try store.pendingConfirmation(table: "lab") == nil)
        #expect(try store.setPendingTimerPID(table: "sluice", versionID: pending.versionID, pid: 4242))
        #expect(try !store.setPendingTimerPID(table: "sluice", versionID: old, pid: 1))
        #expect(try store.pendingConfirmation(table: "sluice")?.timerPID == 4242)
        // A stale timer for another version cannot take it.
        #expect(try store.claimPendingConfirmation(table: "sluice", versionID: old) == nil)
        #expect(try store.claimPendingConfirmation(table: "sluice")?.versionID == pending.versionID)
        #expect(try store.claimPendingConfirmation(table: "sluice") == nil)
        #expect(try store.pendingConfirmation(table: "sluice") == nil)
        // The version to restore must be one of its own table's.
        let other = try store.recordVersion(table: "lab", hash: "l", message: "lab", sources: Fixture.sources("l"),
                                            compiled: Fixture.compiled("l"))
        #expect(throws: StoreError.self) { try confirming(store, rollbackTo: other.id) }
    }

    @Test("an intended version's confirmation is pending from its mark as applied, deadline from its record")
    func pendingFromTheCommit() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let (old, _) = try twoVersions(store)
        let new = try confirming(store, rollbackTo: old, window: 60_000).versionID
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
        let (old, _) = try twoVersions(confirm)
        for round in 0..<25 {
            let new = try confirming(confirm, rollbackTo: old, window: Int64(round) * 1_000).versionID
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
