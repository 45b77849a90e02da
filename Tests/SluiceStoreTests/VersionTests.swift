import Foundation
import SluiceCompiler
import SluiceLanguage
import Testing
@testable import SluiceStore

@Suite struct VersionTests {
    @Test func threeAppliesListNewestFirstAndMoveTheLiveFlag() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        var ids: [Int64] = []
        for (i, tag) in ["one", "two", "three"].enumerated() {
            let v = try store.recordVersion(table: "sluice", hash: SHA256.hex(tag), message: "apply \(tag)",
                                            sources: Fixture.sources(tag), compiled: Fixture.compiled(tag),
                                            user: "alice", at: Fixture.time(Double(i) * 60))
            #expect(v.isLive)
            ids.append(v.id)
            #expect(try store.liveVersion(table: "sluice")?.id == v.id)
        }
        let list = try store.versions(table: "sluice")
        #expect(list.map(\.id) == ids.reversed())
        #expect(list.map(\.isLive) == [true, false, false])
        #expect(list.map(\.message) == ["apply three", "apply two", "apply one"])
        #expect(list[0].time == Fixture.time(120))
        #expect(list[0].user == "alice")
        #expect(list[0].hash == SHA256.hex("three"))
        #expect(list.allSatisfy { $0.kind == .apply && $0.rolledBackTo == nil && $0.storedSize > 0 })
        #expect(try store.versions(table: "sluice", limit: 2).map(\.id) == [ids[2], ids[1]])
        #expect(try store.versionBeforeLive(table: "sluice")?.id == ids[1])

        // Another table has its own history and live version.
        #expect(try store.versions(table: "lab").isEmpty)
        #expect(try store.liveVersion(table: "lab") == nil)
        #expect(try store.version(id: ids[0], table: "lab") == nil)
        #expect(try store.version(id: ids[0], table: "sluice")?.message == "apply one")
    }

    @Test func rollbackRecordPointsAtTheRestoredVersion() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let first = try store.recordVersion(table: "sluice", hash: "h1", message: "first",
                                            sources: Fixture.sources("one"), compiled: Fixture.compiled("one"))
        let second = try store.recordVersion(table: "sluice", hash: "h2", message: "second",
                                             sources: Fixture.sources("two"), compiled: Fixture.compiled("two"))
        let target = try #require(try store.versionBeforeLive(table: "sluice"))
        #expect(target.id == first.id)
        let restored = try store.recordVersion(table: "sluice", hash: target.hash, message: "rollback to \(target.id)",
                                               kind: .rollback, rolledBackTo: target.id,
                                               sources: try store.versionSources(id: target.id),
                                               compiled: try store.compiledPolicy(ofVersion: target.id))
        let live = try #require(try store.liveVersion(table: "sluice"))
        #expect(live.id == restored.id)
        #expect(live.kind == .rollback)
        #expect(live.rolledBackTo == first.id)
        #expect(live.hash == "h1")
        #expect(try store.versionBeforeLive(table: "sluice")?.id == second.id)
        #expect(try store.compiledPolicy(ofVersion: restored.id) == Fixture.compiled("one"))

        let auto = try store.recordVersion(table: "sluice", hash: "h2", message: "confirm timed out",
                                           kind: .autoRollback, rolledBackTo: second.id,
                                           sources: Fixture.sources("two"), compiled: Fixture.compiled("two"))
        #expect(try store.liveVersion(table: "sluice")?.kind == .autoRollback)
        #expect(auto.rolledBackTo == second.id)
    }

    @Test func inconsistentRollbackRecordsAreRefused() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let v = try store.recordVersion(table: "sluice", hash: "h", message: "m",
                                        sources: Fixture.sources("one"), compiled: Fixture.compiled())
        func reason(_ body: () throws -> Void) -> StoreError.Reason? {
            do { try body(); return nil } catch let error as StoreError { return error.reason } catch { return nil }
        }
        let noTarget = reason {
            _ = try store.recordVersion(table: "sluice", hash: "h", message: "m", kind: .rollback,
                                        sources: [], compiled: Fixture.compiled())
        }
        #expect(noTarget == .invalidArgument("a rollback needs the version it restored"))
        let otherTable = reason {
            _ = try store.recordVersion(table: "lab", hash: "h", message: "m", kind: .rollback, rolledBackTo: v.id,
                                        sources: [], compiled: Fixture.compiled())
        }
        #expect(otherTable == .notFound("version \(v.id) of table lab"))
        #expect(try store.versions(table: "lab").isEmpty)
        #expect(try store.versions(table: "sluice").count == 1)
    }

    @Test func compiledPolicyAndSourcesRoundTrip() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let compiled = Fixture.compiled("round")
        let sources = Fixture.sources("round")
        let v = try store.recordVersion(table: "sluice", hash: "h", message: "m", sources: sources, compiled: compiled)
        #expect(try store.versionSources(id: v.id) == sources)
        let loaded = try store.compiledPolicy(ofVersion: v.id)
        #expect(loaded == compiled)
        #expect(loaded.ruleset.set(named: "hq_compute_1d_v4")?.elements.first?.quotaUsed == 12_345)

        // Sources that differ from the policy's own are kept apart and both come back.
        let other = [SourceFile(path: "other.sluice", text: "# not the policy's file\n")]
        let w = try store.recordVersion(table: "sluice", hash: "h", message: "m", sources: other, compiled: compiled)
        #expect(try store.versionSources(id: w.id) == other)
        #expect(try store.compiledPolicy(ofVersion: w.id) == compiled)
    }

    @Test func missingVersionsAreNotFound() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        #expect(throws: StoreError.self) { try store.compiledPolicy(ofVersion: 42) }
        do {
            _ = try store.versionSources(id: 42)
            Issue.record("expected an error")
        } catch {
            #expect(error.reason == .notFound("version 42"))
            #expect(error.operation == "read the sources of version 42")
            #expect(error.path == dir.state + "/sluice.db")
            #expect(error.description == "cannot read the sources of version 42 (\(dir.state)/sluice.db): version 42 not found")
        }
        #expect(try store.versionBeforeLive(table: "sluice") == nil)
    }

    @Test func setLiveAndPrune() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        var ids: [Int64] = []
        for i in 0..<5 {
            ids.append(try store.recordVersion(table: "sluice", hash: "h\(i)", message: "v\(i)",
                                               sources: Fixture.sources("\(i)"), compiled: Fixture.compiled("\(i)"),
                                               makeLive: i != 4).id)
        }
        #expect(try store.liveVersion(table: "sluice")?.id == ids[3])
        try store.setLiveVersion(id: ids[1], table: "sluice")
        #expect(try store.liveVersion(table: "sluice")?.id == ids[1])
        #expect(throws: StoreError.self) { try store.setLiveVersion(id: ids[1], table: "lab") }

        // Keep the newest two; the live version (ids[1]) survives too.
        #expect(try store.pruneVersions(table: "sluice", keepingNewest: 2) == 2)
        #expect(try store.versions(table: "sluice").map(\.id) == [ids[4], ids[3], ids[1]])
        #expect(throws: StoreError.self) { try store.versionSources(id: ids[0]) }
    }
}
