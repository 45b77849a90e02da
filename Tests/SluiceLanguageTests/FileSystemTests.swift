import Foundation
import Testing
@testable import SluiceLanguage

/// Paths, glob patterns, and the local and in-memory file systems.
@Suite struct FileSystemTests {
    @Test(arguments: [
        ("a/b/../c", "a/c"), ("./a//b/./c", "a/b/c"), ("../a", "../a"), ("a/../../b", "../b"),
        ("/a/../../b", "/b"), ("/", "/"), (".", "."), ("a/..", "."), ("../../x", "../../x"),
    ])
    func normalize(_ input: String, _ expected: String) {
        #expect(PolicyPath.normalize(input) == expected)
    }

    @Test func joinAndDirectory() {
        #expect(PolicyPath.directory(of: "policies/hpc.sluice") == "policies")
        #expect(PolicyPath.directory(of: "hpc.sluice") == "")
        #expect(PolicyPath.directory(of: "/hpc.sluice") == "/")
        #expect(PolicyPath.join("policies", "common/services.sluice") == "policies/common/services.sluice")
        #expect(PolicyPath.join("", "common/x") == "common/x")
        #expect(PolicyPath.join("policies", "/etc/sluice/x") == "/etc/sluice/x")
        #expect(PolicyPath.join("./p", "../q") == "q")
    }

    @Test(arguments: [
        ("*.sluice", "a.sluice", true), ("*.sluice", ".a.sluice", false), (".*", ".hidden", true),
        ("a?c", "abc", true), ("a?c", "ac", false), ("[ab]x", "bx", true), ("[!ab]x", "bx", false),
        ("[a-c]1", "c1", true), ("[a-c]1", "d1", false), ("*", "", true), ("a*b*c", "aXXbYYc", true),
        ("a*b*c", "aXXbYY", false), ("[x", "[x", true), ("*.sluice", "a.sluice.swp", false),
    ])
    func globPattern(_ pattern: String, _ name: String, _ matches: Bool) {
        #expect(GlobPattern(pattern).matches(name) == matches, "\(pattern) ~ \(name)")
    }

    @Test func inMemoryFileSystem() throws {
        let fs = InMemoryFileSystem(["./p/a.sluice": "A", "p/b.sluice": "B", "p/sub/c.sluice": "C", "/abs/d.sluice": "D"])
        #expect(try fs.read("p/./a.sluice") == "A")
        #expect(fs.isFile("p/a.sluice"))
        #expect(!fs.isFile("p"))
        #expect(try fs.glob("p/*.sluice") == ["p/a.sluice", "p/b.sluice"])
        #expect(try fs.glob("p/*/*.sluice") == ["p/sub/c.sluice"])
        #expect(try fs.glob("/abs/*") == ["/abs/d.sluice"])
        #expect(throws: PolicyFileError.notFound(path: "nope")) { try fs.read("nope") }
    }

    @Test("the local file system reads, globs in sorted order and loads a policy with includes")
    func localFileSystem() throws {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("sluice-lang-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: base) }
        try FileManager.default.createDirectory(atPath: base + "/conf.d/sub", withIntermediateDirectories: true)
        func write(_ path: String, _ text: String) throws {
            try text.write(toFile: base + "/" + path, atomically: true, encoding: .utf8)
        }
        try write("main.sluice", "policy t { egress \"wan0\"; management soc }\ninclude \"conf.d/*.sluice\"\n")
        try write("conf.d/20-b.sluice", "allow soc to any\n")
        try write("conf.d/10-a.sluice", "group soc 10.0.0.0/28\n")
        try write("conf.d/.swap.sluice", "garbage\n")
        try write("conf.d/readme.txt", "garbage\n")

        let fs = LocalFileSystem()
        #expect(fs.isFile(base + "/main.sluice"))
        #expect(!fs.isFile(base + "/conf.d"))
        #expect(try fs.glob(base + "/conf.d/*.sluice") == [base + "/conf.d/10-a.sluice", base + "/conf.d/20-b.sluice"])
        #expect(try fs.glob(base + "/*/*.sluice") == [base + "/conf.d/10-a.sluice", base + "/conf.d/20-b.sluice"])
        #expect(try fs.glob(base + "/nothing/*.sluice").isEmpty)
        #expect(throws: PolicyFileError.self) { try fs.read(base + "/missing.sluice") }

        let result = PolicyLoader().load(path: base + "/main.sluice")
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
        #expect(result.sources.map(\.path)
            == [base + "/main.sluice", base + "/conf.d/10-a.sluice", base + "/conf.d/20-b.sluice"])
        #expect(result.policy?.groups.map(\.name) == ["soc"])
    }
}
