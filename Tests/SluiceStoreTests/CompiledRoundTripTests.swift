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
        #expect(compiled.ruleset.sets.map(\.elements.count).max() == max(extraPrefixes, 2))
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
