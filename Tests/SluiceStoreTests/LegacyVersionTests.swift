import Foundation
import GRDB
import SluiceCompiler
import SluiceLanguage
import Testing
@testable import SluiceStore

/// A database written by Sluice 0.1 (schema v1, versions kept as their sources) upgrades in place:
/// each version is compiled once by the migration and stored like a new one, and a version that no
/// longer compiles keeps its history entry but cannot be restored, with the reason.
@Suite struct LegacyVersionTests {
    static let good = """
        policy old {
          mode gateway
          egress "wan0"
        }
        group lan 10.1.0.0/16
        destination web 192.0.2.0/24
        allow lan to web on tcp/443
        """

    /// Writes a v1 database with one version per source text, as 0.1 recorded them.
    static func legacyDatabase(_ directory: String, versions: [String]) throws {
        try StateDirectory.prepare(directory)
        let queue = try DatabaseQueue(path: StateLayout(directory: directory).database)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in try db.execute(sql: StoreSchema.v1) }
        try migrator.migrate(queue)
        try queue.write { db in
            for (i, text) in versions.enumerated() {
                try db.execute(sql: """
                    INSERT INTO version (table_name, created_ms, user, hash, message, kind, compiled_encoding, compiled,
                                         compiled_size, compiled_sources_elided)
                    VALUES ('sluice', ?, 'root', 'h', 'old', 'apply', 'sources-1', x'', 0, 1)
                    """, arguments: [i])
                try db.execute(sql: "INSERT INTO version_source (version_id, ordinal, path, text) VALUES (?, 0, 'site.sluice', ?)",
                               arguments: [db.lastInsertedRowID, text])
            }
            try db.execute(sql: "INSERT INTO live_version (table_name, version_id) VALUES ('sluice', 1)")
        }
        try queue.close()
    }

    @Test func versionsOfTheFirstReleaseAreCompiledOnceAndStored() throws {
        let dir = try TestDirectory()
        try Self.legacyDatabase(dir.state, versions: [Self.good, "policy broken {\n  mode gateway\n}\n"])
        let store = try SluiceStore(directory: dir.state)
        let expected = try #require(PolicyBuild.build(path: "site.sluice", table: "sluice",
                                                      fileSystem: InMemoryFileSystem(["site.sluice": Self.good])).compiled)
        #expect(try store.compiledPolicy(ofVersion: 1) == expected)
        let stored = try store.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT compiled_sha256, length(compiled) AS n FROM version WHERE id = 1")
        }
        #expect(stored?["compiled_sha256"] as String? != nil)
        #expect(stored?["n"] as Int? == 0, "the legacy blob is not kept twice")
        do {
            _ = try store.compiledPolicy(ofVersion: 2)
            Issue.record("a version that no longer compiles was restored")
        } catch {
            #expect("\(error)".contains("version 2 was recorded by an earlier sluice and cannot be restored"))
            #expect("\(error)".contains("no longer compiles"))
        }
        #expect(try store.versions(table: "sluice").count == 2, "the history keeps both entries")
    }

    @Test func aStoredPolicyChangedAfterItWasRecordedIsRefused() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let version = try store.recordVersion(table: "sluice", hash: "h", message: "", sources: Fixture.sources("one"),
                                              compiled: Fixture.compiled("one"))
        // The policy's text is in its chunks; the manifest names each chunk by its SHA-256.
        let changed = try store.pool.write { db in
            try db.execute(sql: "UPDATE chunk SET bytes = CAST(replace(CAST(bytes AS TEXT), 'wan0', 'wan9') AS BLOB)")
            return db.changesCount
        }
        #expect(changed > 0)
        #expect(throws: StoreError.self) { try store.compiledPolicy(ofVersion: version.id) }
    }
}
