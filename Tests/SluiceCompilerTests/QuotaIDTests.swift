import SluiceLanguage
import Testing
@testable import SluiceCompiler

/// Quota ids name the kernel objects and the stored usage, so they must survive edits that do not
/// change what a quota counts: a `warn` added above an enforcing quota of the same subject and
/// window took its id (and its spent usage) before, and the enforcing quota started afresh.
@Suite struct QuotaIDTests {
    static func ids(_ quotas: String) throws -> [String: String] {
        let build = PolicyBuild.build(path: "q.sluice", fileSystem: InMemoryFileSystem(["q.sluice": """
            policy q {
              mode host
            }
            destination out 192.0.2.0/24
            allow self to out on udp
            \(quotas)
            """]))
        let compiled = try #require(build.compiled, "\(build.renderedDiagnostics)")
        return Dictionary(compiled.quotas.map { ($0.bytes == 102_400 ? "spent" : $0.alertOnly ? "warn" : "other", $0.id) },
                          uniquingKeysWith: { a, _ in a })
    }

    @Test func aWarningAddedAboveKeepsTheEnforcingQuotasID() throws {
        let before = try Self.ids("quota self 100 KiB per day total")
        let after = try Self.ids("quota self 100 MiB per day total warn\nquota self 100 KiB per day total")
        #expect(before["spent"] == "tq_self_1d")
        #expect(after["spent"] == "tq_self_1d", "\(after)")
        #expect(after["warn"] == "tq_self_1d_warn")
        // A warning alone keeps the plain id it always had.
        #expect(try Self.ids("quota self 100 MiB per day total warn")["warn"] == "tq_self_1d")
        // Below, as above.
        #expect(try Self.ids("quota self 100 KiB per day total\nquota self 100 MiB per day total warn") == after)
    }
}
