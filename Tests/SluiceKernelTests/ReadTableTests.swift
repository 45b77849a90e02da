import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import Testing

@Suite(.enabled(if: !TestNamespace.skipKernelTests), .serialized)
struct ReadTableTests {
    @Test func readsWhatNftLoaded() throws {
        let ns = try TestNamespace()
        defer { ns.remove() }
        try ns.load(try String(contentsOfFile: "/tmp/kx/ex.nft", encoding: .utf8))
        let connection = try NetfilterConnection(namespace: ns.namespace)
        let ruleset = try #require(try connection.readTable("sluice"))
        for s in ruleset.sets { print(s) }
        for q in ruleset.quotas { print(q) }
        for c in ruleset.counters { print(c) }
        for c in ruleset.chains { print(c.name, c.hook as Any); for r in c.rules { print("   ", r) } }
        #expect(try connection.readTable("nope") == nil)
    }
}
