import Foundation
import Testing
@testable import SluiceLanguage

/// Input that drives recursion or repeated work: nested includes, nested braces, pathological
/// globs. Each must end in a located error or a normal result, never a crash or a runaway.
@Suite struct InputBoundsTests {
    static let header = IncludeTests.header

    /// `count` files, each including the next, from `main.sluice`.
    static func chain(_ count: Int) -> [String: String] {
        var files = ["main.sluice": header + "include \"i1.sluice\"\n"]
        for i in 1...count { files["i\(i).sluice"] = i == count ? "# end\n" : "include \"i\(i + 1).sluice\"\n" }
        return files
    }

    /// language.md: a message quotes at most the first 40 characters of a word. The parser's
    /// messages quoted whole tokens, a 20 MB line's too.
    @Test("a message quotes at most the first 40 characters of a word", arguments: [
        "group g %@", "group g 10.0.0.0/8\nallow g to %@", "group g 10.0.0.0/8\nallow g to 192.0.2.1 on %@",
        "group g 10.0.0.0/8\nquota g 5 %@ per day per host", "users u %@", "policy p {\n  %@ x\n}",
    ])
    func longWordsAreQuotedShort(template: String) throws {
        let word = "x" + String(repeating: "9", count: 200)
        let header = template.hasPrefix("policy") ? "" : "policy p {\n  mode host\n}\n"
        let text = header + template.replacingOccurrences(of: "%@", with: word)
        let result = PolicyLoader(fileSystem: InMemoryFileSystem(["p.sluice": text])).load(path: "p.sluice")
        let quoting = try #require(result.diagnostics.first { $0.message.contains("x999") }, "\(result.diagnostics)")
        #expect(quoting.message.contains("'x" + String(repeating: "9", count: 39) + "...'"), "\(quoting.message)")
        #expect(!quoting.message.contains(String(repeating: "9", count: 40)), "\(quoting.message)")
    }

    @Test("5,000 nested includes are one include-too-deep error at the 64th file's include")
    func deepIncludeChainInMemory() throws {
        let result = PolicyLoader(fileSystem: InMemoryFileSystem(Self.chain(5_000))).load(path: "main.sluice")
        #expect(ids(result) == [.includeTooDeep], "\(rendered(result))")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.location == SourceLocation(file: "i64.sluice", line: 1, column: 9, length: 12))
        #expect(result.sources.count == PolicyLimits.includeDepth + 1)
        let chain = try #require(diagnostic.notes.first?.message)
        #expect(chain.hasPrefix("include chain: main.sluice -> i1.sluice -> i2.sluice -> ... ("))
        #expect(chain.hasSuffix("i63.sluice -> i64.sluice -> i65.sluice"))
    }

    @Test("exactly 64 nested includes are fine")
    func includeDepthLimitIsInclusive() {
        let result = PolicyLoader(fileSystem: InMemoryFileSystem(Self.chain(64))).load(path: "main.sluice")
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
        #expect(result.sources.count == 65)
    }

    @Test("300 nested includes on disk are one include-too-deep error")
    func deepIncludeChainOnDisk() throws {
        let base = try TemporaryPolicyDirectory()
        for (path, text) in Self.chain(300) { try base.write(path, text) }
        let result = PolicyLoader().load(path: base.path + "/main.sluice")
        #expect(ids(result) == [.includeTooDeep], "\(rendered(result))")
        #expect(result.diagnostics.first?.location.file == base.path + "/i64.sluice")
    }

    @Test("100,000 nested braces are a few syntax errors, not a crash", arguments: [
        "policy t { egress \"wan0\"; management soc ",
        "group soc 10.0.0.0/28\n",
        "on exceed soc ",
    ])
    func nestedBraces(_ prefix: String) {
        let depth = 100_000
        let text = prefix + String(repeating: "{", count: depth) + String(repeating: "}", count: depth) + "\n"
        let result = load(text)
        #expect(result.diagnostics.hasErrors)
        #expect(result.diagnostics.count < 10, "\(rendered(result).prefix(2_000))")
    }

    @Test("100,000 braces over 100,000 lines cost one error per line at most")
    func bracesOnManyLines() {
        let text = Self.header + String(repeating: "{\n", count: 100_000)
        let result = load(text)
        #expect(result.diagnostics.hasErrors)
        #expect(result.diagnostics.count <= 100_001)
    }

    /// A glob pattern, a name, and whether they match; described briefly (the texts are long).
    struct GlobCase: Sendable, CustomTestStringConvertible {
        let pattern: String
        let name: String
        let matches: Bool
        let testDescription: String
    }

    static let globCases = [
        GlobCase(pattern: String(repeating: "*", count: 4_000) + "a", name: String(repeating: "b", count: 255),
                 matches: false, testDescription: "4,000 stars and a"),
        GlobCase(pattern: String(repeating: "a*", count: 100) + "b", name: String(repeating: "a", count: 255),
                 matches: false, testDescription: "(a*)^100 b"),
        GlobCase(pattern: "*" + String(repeating: "[", count: 4_000) + "x", name: String(repeating: "[", count: 254) + "y",
                 matches: false, testDescription: "* and 4,000 unclosed ["),
        GlobCase(pattern: "*" + String(repeating: "?*", count: 1_000), name: String(repeating: "c", count: 255),
                 matches: false, testDescription: "(?*)^1000"),
        GlobCase(pattern: String(repeating: "*a", count: 100), name: String(repeating: "a", count: 255),
                 matches: true, testDescription: "(*a)^100"),
    ]

    @Test("glob patterns that make backtracking matchers blow up match in linear time", arguments: globCases)
    func pathologicalPatterns(_ row: GlobCase) {
        let matcher = GlobPattern(row.pattern)
        // 200 matches: milliseconds now; the matcher that rescanned unclosed classes took 8 s each.
        let (results, seconds) = threadCPUSeconds { (0..<200).map { _ in matcher.matches(row.name) } }
        #expect(results.allSatisfy { $0 == row.matches })
        #expect(seconds < 10, "200 matches took \(seconds) s of CPU")
    }

    @Test("include \"****...[[[[...a\" against 1,000 files")
    func starsAgainstManyFiles() throws {
        let pattern = String(repeating: "*", count: 2_000) + String(repeating: "[", count: 2_000) + "a"
        var files = ["main.sluice": Self.header + "include \"d/\(pattern)\"\n"]
        for i in 0..<1_000 { files["d/" + String(repeating: "[", count: 100) + "\(i)"] = "# \(i)\n" }
        let (result, seconds) = threadCPUSeconds {
            PolicyLoader(fileSystem: InMemoryFileSystem(files)).load(path: "main.sluice")
        }
        #expect(ids(result) == [.emptyInclude], "\(rendered(result).prefix(2_000))")
        #expect(seconds < 20, "the glob took \(seconds) s of CPU")
    }

    @Test("a glob that examines too many directory entries is an error at the include")
    func globTooBroadOnDisk() throws {
        let base = try TemporaryPolicyDirectory()
        try base.write("main.sluice", Self.header + "include \"*/*/*.sluice\"\n")
        for a in 0..<5 {
            for b in 0..<5 { try base.write("d\(a)/e\(b)/x.sluice", "# \(a) \(b)\n") }
        }
        let limited = PolicyLoader(fileSystem: LocalFileSystem(globLimit: 20)).load(path: base.path + "/main.sluice")
        #expect(ids(limited) == [.globTooBroad], "\(rendered(limited))")
        #expect(limited.diagnostics.first?.location.line == 7)
        let enough = PolicyLoader(fileSystem: LocalFileSystem()).load(path: base.path + "/main.sluice")
        #expect(enough.diagnostics.isEmpty, "\(rendered(enough))")
        #expect(enough.sources.count == 26)
    }
}
