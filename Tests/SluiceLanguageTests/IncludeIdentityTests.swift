import Foundation
import Testing
@testable import SluiceLanguage

/// A file is one file however it is named: real symlinks, hard links, absolute and relative paths
/// and `../dir/` in a temporary directory. Each would read the file twice (and report its
/// definitions as duplicates) if files were told apart by their path.
@Suite struct IncludeIdentityTests {
    static let header = IncludeTests.header
    static let shared = "group lab 10.1.0.0/16\nallow lab to 192.0.2.1 on tcp/22\n"

    func load(_ base: TemporaryPolicyDirectory, _ root: String = "main.sluice") -> PolicyLoadResult {
        PolicyLoader().load(path: base.path + "/" + root)
    }

    /// Includes that reach one file twice through a symlink, the symlink, and the file.
    struct LinkCase: Sendable, CustomTestStringConvertible {
        let includes: [String]
        let shared: String
        let link: String
        let target: String
        let testDescription: String
    }

    static let linkCases = [
        LinkCase(includes: ["shared.sluice", "alias.sluice"], shared: "shared.sluice", link: "alias.sluice",
                 target: "shared.sluice", testDescription: "by its name and through a symlink"),
        LinkCase(includes: ["conf/shared.sluice", "link/shared.sluice"], shared: "conf/shared.sluice", link: "link",
                 target: "conf", testDescription: "directly and through a symlinked directory"),
        LinkCase(includes: ["conf.d/*.sluice"], shared: "conf.d/10-shared.sluice", link: "conf.d/20-again.sluice",
                 target: "10-shared.sluice", testDescription: "by a glob that matches it and a symlink to it"),
    ]

    @Test("a file included twice through a symlink is read once, under the name read first", arguments: linkCases)
    func readOnceThroughSymlinks(_ row: LinkCase) throws {
        let base = try TemporaryPolicyDirectory()
        try base.write("main.sluice", Self.header + row.includes.map { "include \"\($0)\"\n" }.joined())
        try base.write(row.shared, Self.shared)
        try base.link(row.link, to: row.target)
        let result = load(base)
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
        #expect(result.sources.map(\.path) == [base.path + "/main.sluice", base.path + "/" + row.shared])
    }

    @Test("a file included by ../dir/, by absolute path and by a hard link is read once")
    func otherNames() throws {
        let base = try TemporaryPolicyDirectory()
        // The root is read through a symlinked directory, so "shared.sluice" and
        // "../real/shared.sluice" are different strings for the same file.
        try base.write("real/main.sluice", Self.header + """
            include "shared.sluice"
            include "../real/shared.sluice"
            include "\(base.path)/real/shared.sluice"
            include "hard.sluice"

            """)
        try base.write("real/shared.sluice", Self.shared)
        try base.link("link", to: "real")
        try FileManager.default.linkItem(atPath: base.path + "/real/shared.sluice", toPath: base.path + "/real/hard.sluice")
        let result = load(base, "link/main.sluice")
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
        #expect(result.sources.map(\.path) == [base.path + "/link/main.sluice", base.path + "/link/shared.sluice"])
    }

    @Test("a cycle through a symlink is still a cycle, reported at the include")
    func cycleThroughSymlink() throws {
        let base = try TemporaryPolicyDirectory()
        try base.write("main.sluice", Self.header + "include \"a.sluice\"\n")
        try base.write("a.sluice", "include \"loop.sluice\"\n")
        try base.link("loop.sluice", to: "main.sluice")
        let result = load(base)
        #expect(ids(result) == [.includeCycle], "\(rendered(result))")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.location == SourceLocation(file: base.path + "/a.sluice", line: 1, column: 9, length: 13))
        #expect(diagnostic.notes.first?.message == "include chain: \(base.path)/main.sluice -> \(base.path)/a.sluice -> \(base.path)/loop.sluice")
    }

    @Test("a cycle through a symlinked directory and .. is a cycle")
    func cycleThroughDirectoryLink() throws {
        let base = try TemporaryPolicyDirectory()
        try base.write("p/main.sluice", Self.header + "include \"up/p/main.sluice\"\n")
        try base.link("p/up", to: "..")
        let result = load(base, "p/main.sluice")
        #expect(ids(result) == [.includeCycle], "\(rendered(result))")
    }

    @Test("a dangling symlink is include-not-found")
    func danglingSymlink() throws {
        let base = try TemporaryPolicyDirectory()
        try base.write("main.sluice", Self.header + "include \"gone.sluice\"\n")
        try base.link("gone.sluice", to: "nowhere.sluice")
        let result = load(base)
        #expect(ids(result) == [.includeNotFound], "\(rendered(result))")
    }
}
