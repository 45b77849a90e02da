import SluiceLanguage
import Testing
@testable import SluiceCompiler

/// The NFLOG prefixes name the table and the quota id; a long `--table` can pass the 127 bytes the
/// kernel keeps. `check` must say so at the statement, as `apply` would refuse it.
@Suite struct LogPrefixLengthTests {
    @Test func anOverlongPrefixIsAnErrorAtTheQuota() {
        let text = """
            policy p {
              mode gateway
              egress "wan0"
            }
            group researchers_of_the_long_name 10.1.0.0/24
            destination out 192.0.2.0/24
            allow researchers_of_the_long_name to out on tcp/443
            quota researchers_of_the_long_name 1 GiB per day per host
            """
        let long = String(repeating: "t", count: 100)
        let result = PolicyBuild.build(path: "p.sluice", table: long, fileSystem: InMemoryFileSystem(["p.sluice": text]))
        #expect(result.compiled == nil)
        let error = result.diagnostics.first { $0.id == .unsupported }
        #expect(error?.location.line == 8 && error?.message.contains("bytes; the kernel keeps 127") == true,
                "\(result.renderedDiagnostics)")
        let fine = PolicyBuild.build(path: "p.sluice", table: "sluice", fileSystem: InMemoryFileSystem(["p.sluice": text]))
        #expect(fine.compiled != nil)
    }
}
