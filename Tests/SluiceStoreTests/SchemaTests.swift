import Dispatch
import Foundation
import GRDB
import Synchronization
import Testing
@testable import SluiceStore

@Suite struct SchemaTests {
    @Test func migrationsRunOnAnEmptyDatabaseAndAreIdempotentOnReopen() throws {
        let dir = try TestDirectory()
        do {
            let store = try SluiceStore(directory: dir.state)
            #expect(try store.appliedMigrations() == ["v1", "v2", "v3", "v-flows", "v-baselines", "v-names", "v-containment-kinds",
                                                        "v-intended-confirmation", "v-usage-remote"])
            let tables = try store.pool.read { db in
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            }
            #expect(tables == ["baseline_hour", "baseline_limit", "chunk", "compiled_chunk", "compiled_policy", "containment", "denied_hour", "flow_destination",
                               "flow_endpoint", "flow_hour", "grdb_migrations", "incident", "learned_name", "live_version",
                               "pending_confirmation", "source_chunk", "sqlite_sequence", "usage", "version", "version_source",
                               "window_mark"])
            #expect(try store.pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
            try store.recordVersion(table: "sluice", hash: "h", message: "kept", sources: Fixture.sources("x"),
                                    compiled: Fixture.compiled("x"))
            try store.close()
        }
        for _ in 0..<2 {
            let store = try SluiceStore(directory: dir.state)
            #expect(try store.appliedMigrations() == ["v1", "v2", "v3", "v-flows", "v-baselines", "v-names", "v-containment-kinds",
                                                        "v-intended-confirmation", "v-usage-remote"])
            #expect(try store.liveVersion(table: "sluice")?.message == "kept")
            let count = try store.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM grdb_migrations") }
            #expect(count == 9)
        }
    }

    @Test func aDatabaseFromANewerSluiceIsRefused() throws {
        let dir = try TestDirectory()
        do {
            let store = try SluiceStore(directory: dir.state)
            try store.pool.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')")
            }
            try store.close()
        }
        do {
            _ = try SluiceStore(directory: dir.state)
            Issue.record("opened a database with an unknown migration")
        } catch {
            #expect(error.reason == .schemaTooNew(unknownMigrations: ["v9-future"]))
        }
    }

    @Test func storesOpenedConcurrentlyShareOneDatabase() throws {
        let dir = try TestDirectory()
        // Several processes may open a fresh state directory at once; the first migration must
        // run exactly once.
        let stores = Mutex<[SluiceStore]>([])
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            do {
                let store = try SluiceStore(directory: dir.state)
                stores.withLock { $0.append(store) }
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }
        #expect(failures.withLock { $0 } == [])
        let all = stores.withLock { $0 }
        #expect(all.count == 4)
        // Each writes its own growing counter at the same time; every write lands, none is busy.
        DispatchQueue.concurrentPerform(iterations: all.count) { i in
            for step in 1...50 {
                do {
                    try all[i].recordUsage(table: "sluice", quotaID: "q\(i)", host: "10.0.0.\(i + 1)", windowStart: 0,
                                           windowLength: 86_400, bytes: UInt64(step * 100), at: Fixture.time())
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
        }
        #expect(failures.withLock { $0 } == [])
        let rows = try all[0].currentUsage(table: "sluice", at: Date(timeIntervalSince1970: 10))
        #expect(rows.map(\.bytes) == [5_000, 5_000, 5_000, 5_000])
    }
}
