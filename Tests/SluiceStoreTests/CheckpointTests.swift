import Foundation
import SluiceCompiler
import SluiceLanguage
import Testing
@testable import SluiceStore

/// `recordVersion(deferringCheckpoint:)`: `sluice apply` records a version before the kernel
/// commits it, and a large version would otherwise make that commit copy the whole write-ahead log
/// into the database on the path the kernel's transaction waits for.
@Suite struct CheckpointTests {
    /// A version over SQLite's checkpoint threshold (1,000 pages), recorded with the checkpoint
    /// deferred, stays in the write-ahead log until `checkpoint()`; the next ordinary write still
    /// checkpoints by itself, so the deferral does not outlive its one transaction.
    @Test func aDeferredCheckpointLeavesTheLogUntilAskedAndOnlyOnce() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let compiled = try #require(PolicyCompiler().compile(Fixture.policy(sources: Fixture.sources("a"))).compiled)
        let database = store.databasePath
        let before = try Self.size(database)

        let intended = try store.recordVersion(table: Fixture.table, hash: "a", message: "", sources: Self.largeSources(seed: 1),
                                               compiled: compiled, intended: true, deferringCheckpoint: true)
        #expect(try Self.size(database + "-wal") > 6_000_000)
        #expect(try Self.size(database) < before + 1_000_000, "the commit copied the log into the database")

        try store.checkpoint()
        let checkpointed = try Self.size(database)
        try store.markApplied(versionID: intended.id, table: Fixture.table)
        #expect(checkpointed > before + 6_000_000, "checkpoint() left the version in the log")

        try store.recordVersion(table: Fixture.table, hash: "b", message: "", sources: Self.largeSources(seed: 2),
                                compiled: compiled)
        #expect(try Self.size(database) > checkpointed + 6_000_000, "an ordinary write no longer checkpoints")

        // Both versions read back whole, whichever way they reached the database.
        let reopened = try SluiceStore(directory: dir.state)
        let versions = try reopened.versions(table: Fixture.table)
        #expect(versions.map(\.hash) == ["b", "a"])
        for version in versions {
            #expect(try reopened.versionSources(id: version.id).first?.text.utf8.count == 6_500_000)
        }
    }

    /// 6.5 MB of text that no other seed repeats, so every chunk of it is new to the store.
    private static func largeSources(seed: UInt64) -> [SourceFile] {
        var generator = SeededGenerator(seed: seed)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789 \n".utf8)
        let bytes = (0..<6_500_000).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
        return [SourceFile(path: "large.sluice", text: String(decoding: bytes, as: UTF8.self))]
    }

    private static func size(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    }
}
