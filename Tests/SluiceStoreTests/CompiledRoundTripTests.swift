import Foundation
import SluiceCompiler
import SluiceLanguage
import Testing
@testable import SluiceStore

@Suite struct CompiledRoundTripTests {
    /// What the compiler really emits survives the store, and renders to the same nft text (so the
    /// stored hash still describes the loaded ruleset).
    @Test(arguments: [0, 5_000])
    func compilerOutputRoundTrips(extraPrefixes: Int) throws {
        let sources = Fixture.sources("compiled")
        let result = PolicyCompiler().compile(Fixture.policy(sources: sources, extraPrefixes: extraPrefixes))
        let compiled = try #require(result.compiled, "\(result.diagnostics)")
        #expect(compiled.ruleset.set(named: "g_compute_v4")?.elements.count == max(extraPrefixes, 1))
        let text = NFTRenderer.render(compiled.ruleset)
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let version = try store.recordVersion(table: "sluice", hash: SHA256.hex(text), message: "compiled",
                                              sources: sources, compiled: compiled)
        let loaded = try store.compiledPolicy(ofVersion: version.id)
        #expect(loaded == compiled)
        #expect(SHA256.hex(NFTRenderer.render(loaded.ruleset)) == version.hash)
    }

    /// The shipped policies, loaded and compiled as `sluice apply` will, come back whole, and a
    /// rollback gets the exact files to recompile.
    @Test(arguments: ["hpc-center.sluice", "login-node.sluice", "small-office.sluice"])
    func shippedPoliciesRoundTrip(file: String) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let loaded = PolicyLoader().load(path: root + "/policies/" + file)
        let policy = try #require(loaded.policy, "\(loaded.diagnostics)")
        let compiled = try #require(PolicyCompiler().compile(policy).compiled)
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let version = try store.recordVersion(table: "sluice", hash: SHA256.hex(NFTRenderer.render(compiled.ruleset)),
                                              message: file, sources: loaded.sources, compiled: compiled)
        #expect(loaded.sources.count >= 1)
        #expect(try store.versionSources(id: version.id) == loaded.sources)
        let back = try store.compiledPolicy(ofVersion: version.id)
        #expect(back == compiled)
        // The loaded ruleset renders to the same text, hence the same hash.
        #expect(SHA256.hex(NFTRenderer.render(back.ruleset)) == version.hash)
    }
}

/// A version recorded as recompilable keeps only its sources, and comes back compiled from them.
@Suite struct RecompiledVersionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    @Test(arguments: ["hpc-center.sluice", "login-node.sluice"])
    func sourcesAloneGiveTheCompiledPolicyBack(file: String) throws {
        // Relative paths, as sluice apply records them when run from the checkout; read into memory
        // rather than by changing the directory of a process whose other tests run meanwhile.
        var files: [String: String] = [:]
        let policies = Self.root + "/policies"
        for case let name as String in FileManager.default.enumerator(atPath: policies) ?? FileManager.DirectoryEnumerator()
        where name.hasSuffix(".sluice") {
            files["policies/" + name] = try String(contentsOfFile: policies + "/" + name, encoding: .utf8)
        }
        let build = PolicyBuild.build(path: "policies/" + file, table: "edge", fileSystem: InMemoryFileSystem(files))
        let compiled = try #require(build.compiled, "\(build.diagnostics)")
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let version = try store.recordVersion(table: "edge", hash: "h", message: file, sources: build.sources,
                                              compiled: compiled)
        #expect(version.storedSize == (try CompiledPolicyCodec.encode(compiled)).count)
        let loaded = try store.compiledPolicy(ofVersion: version.id)
        #expect(loaded == compiled)
        #expect(NFTRenderer.render(loaded.ruleset) == NFTRenderer.render(compiled.ruleset))
    }

    @Test func aStoredPolicyIsKeptOnceHoweverManyVersionsApplyIt() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let compiled = Fixture.compiled("one")
        let first = try store.recordVersion(table: "sluice", hash: "h", message: "", sources: Fixture.sources("one"),
                                            compiled: compiled)
        let second = try store.recordVersion(table: "sluice", hash: "h", message: "again", sources: Fixture.sources("one"),
                                             compiled: compiled)
        #expect(try store.compiledPolicy(ofVersion: first.id) == compiled)
        #expect(try store.compiledPolicy(ofVersion: second.id) == compiled)
        let rows = try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM compiled_policy") }
        #expect(rows == 1)
    }
}
