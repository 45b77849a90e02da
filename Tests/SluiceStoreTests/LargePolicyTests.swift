import Foundation
import SluiceCompiler
import Testing
@testable import SluiceStore

@Suite struct LargePolicyTests {
    /// A compiled policy with 100,000 set elements (and 100,000 group prefixes) survives the store
    /// unchanged; prints how long encoding, recording and loading take (run with
    /// `swift test -c release -Xswiftc -enable-testing --filter LargePolicyTests` for real numbers).
    @Test func hundredThousandElementsRoundTrip() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        // The compiler's real output for a group of 100,000 disjoint prefixes.
        let result = PolicyCompiler().compile(Fixture.policy(sources: Fixture.sources("large"), extraPrefixes: 100_000))
        let compiled = try #require(result.compiled, "\(result.diagnostics)")
        #expect(compiled.ruleset.set(named: "g_compute_v4")?.elements.count == 100_000)
        let clock = ContinuousClock()

        var blob = Data()
        let encode = try clock.measure {
            blob = try CompiledPolicyCodec.encode(compiled)
        }
        var decoded: CompiledPolicy?
        let decode = try clock.measure {
            decoded = try CompiledPolicyCodec.decode(blob)
        }
        #expect(decoded == compiled)

        var id: Int64 = 0
        let record = try clock.measure {
            id = try store.recordVersion(table: "sluice", hash: "h", message: "large", sources: Fixture.sources("large"),
                                         compiled: compiled).id
        }
        var loaded: CompiledPolicy?
        let load = try clock.measure { loaded = try store.compiledPolicy(ofVersion: id) }
        #expect(loaded == compiled)
        var listed: [AppliedVersion] = []
        let list = try clock.measure { listed = try store.versions(table: "sluice") }
        #expect(listed.first?.storedSize == blob.count)
        print("large policy: 100000 elements, \(blob.count) bytes JSON; encode \(encode), decode \(decode), "
              + "record \(record), load \(load), list \(list)")
    }
}
