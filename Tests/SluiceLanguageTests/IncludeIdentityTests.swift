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

    @Test("a file included by its name and through a symlink is read once")
    func symlinkedFile() throws {
        let base = try TemporaryPolicyDirectory()
        try base.write("main.sluice", Self.header + "include \"shared.sluice\"\ninclude \"alias.sluice\"\n")
        try base.write("shared.sluice", Self.shared)
        try base.link("alias.sluice", to: "shared.sluice")
        let result = load(base)
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
        #expect(result.sources.map(\.path) == [base.path + "/main.sluice", base.path + "/shared.sluice"])
    }

    @Test("a file included through a symlinked directory and directly is read once")
    func symlinkedDirectory() throws {
        let base = try TemporaryPolicyDirectory()
        try base.write("main.sluice", Self.header + "include \"conf/shared.sluice\"\ninclude \"link/shared.sluice\"\n")
        try base.write("conf/shared.sluice", Self.shared)
        try base.link("link", to: "conf")
        let result = load(base)
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
        #expect(result.sources.count == 2)
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

    @Test("a glob that matches a file and a symlink to it reads the file once")
    func globWithSymlink() throws {
        let base = try TemporaryPolicyDirectory()
        try base.write("main.sluice", Self.header + "include \"conf.d/*.sluice\"\n")
        try base.write("conf.d/10-shared.sluice", Self.shared)
        try base.link("conf.d/20-again.sluice", to: "10-shared.sluice")
        let result = load(base)
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
        #expect(result.sources.map(\.path) == [base.path + "/main.sluice", base.path + "/conf.d/10-shared.sluice"])
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
