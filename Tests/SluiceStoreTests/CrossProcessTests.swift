import Foundation
import Testing
@testable import SluiceStore

@Suite struct CrossProcessTests {
    @Test func aWriteWaitsForAnotherProcessThenKeepsTheMaximum() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state, busyTimeout: .seconds(10))
        let writer = try DatabaseWriter(database: store.databasePath, bytes: 900, holdSeconds: 1)
        let clock = ContinuousClock()
        let started = clock.now
        let stored = try store.recordUsage(table: "sluice", quotaID: "q", host: "10.0.0.1", windowStart: 0,
                                           windowLength: 86_400, bytes: 500, at: Fixture.time())
        let waited = started.duration(to: clock.now)
        #expect(writer.finish() == 0)
        // Our write queued behind the other process's transaction, then merged with what it wrote.
        #expect(waited >= .milliseconds(500))
        #expect(stored.bytes == 900)
        // Reads never wait for writers in WAL mode, and see the committed state.
        #expect(try store.usage(table: "sluice", quotaID: "q", host: "10.0.0.1", windowStart: 0,
                                windowLength: 86_400)?.bytes == 900)
    }

    @Test func aWriterHeldUpPastTheBusyTimeoutGetsATypedError() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state, busyTimeout: .milliseconds(200))
        let writer = try DatabaseWriter(database: store.databasePath, bytes: 1, holdSeconds: 3)
        do {
            try store.recordUsage(table: "sluice", quotaID: "q", host: "10.0.0.2", windowStart: 0,
                                  windowLength: 86_400, bytes: 5)
            Issue.record("wrote while another process held the write lock")
        } catch {
            #expect(error.reason == .busy)
            #expect(error.description.hasPrefix("cannot record usage (\(store.databasePath)): the database is locked"))
        }
        // Reading is not blocked meanwhile.
        #expect(try store.currentUsage(table: "sluice", at: Date(timeIntervalSince1970: 1)).isEmpty)
        #expect(writer.finish() == 0)
        #expect(try store.currentUsage(table: "sluice", at: Date(timeIntervalSince1970: 1)).map(\.bytes) == [1])
    }
}
