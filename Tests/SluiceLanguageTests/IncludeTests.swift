import Testing
@testable import SluiceLanguage

/// `include`: relative paths, globs in sorted order, cycles, missing files, one policy block.
@Suite struct IncludeTests {
    static let header = """
    policy t {
      egress "wan0"
      management soc
    }
    group soc 10.0.0.0/28
    allow soc to any

    """

    func load(_ files: [String: String], root: String) -> PolicyLoadResult {
        PolicyLoader(fileSystem: InMemoryFileSystem(files)).load(path: root)
    }

    @Test("includes are relative to the including file and shown joined and normalized")
    func relativePaths() throws {
        let result = load([
            "policies/hpc.sluice": Self.header + "include \"common/services.sluice\"\nallow soc to 192.0.2.1 on web\n",
            "policies/common/services.sluice": "include \"../shared/./web.sluice\"\n",
            "policies/shared/web.sluice": "service web tcp/80, tcp/443\nservice unused udp/9\n",
        ], root: "policies/hpc.sluice")
        #expect(result.sources.map(\.path)
            == ["policies/hpc.sluice", "policies/common/services.sluice", "policies/shared/web.sluice"])
        // The only finding points into the innermost file, under its display path.
        #expect(ids(result) == [.shadowedAllow, .unusedName], "\(rendered(result))")
        let unused = try #require(result.diagnostics.first { $0.id == .unusedName })
        #expect(unused.location.file == "policies/shared/web.sluice")
        #expect(unused.location.line == 2)
        #expect(result.policy?.service(named: "web") != nil)
    }

    @Test("a root given as ./x keeps its spelling; includes are normalized")
    func rootSpelling() {
        let result = load([
            "p/main.sluice": Self.header + "include \"./lib/../extra.sluice\"\n",
            "p/extra.sluice": "# nothing\n",
        ], root: "./p/main.sluice")
        #expect(result.sources.map(\.path) == ["./p/main.sluice", "p/extra.sluice"])
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
    }

    @Test("a glob reads every match in sorted order")
    func globSortedOrder() throws {
        let result = load([
            "main.sluice": Self.header + "include \"groups/*.sluice\"\nallow g_a, g_b, g_c to 192.0.2.1\n",
            "groups/c.sluice": "group g_c 10.3.0.0/16\n",
            "groups/a.sluice": "group g_a 10.1.0.0/16\n",
            "groups/b.sluice": "group g_b 10.2.0.0/16\n",
            "groups/notes.txt": "not a policy",
            "groups/.hidden.sluice": "group hidden 10.9.0.0/16\n",
        ], root: "main.sluice")
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
        #expect(result.sources.map(\.path) == ["main.sluice", "groups/a.sluice", "groups/b.sluice", "groups/c.sluice"])
        let policy = try #require(result.policy)
        #expect(policy.groups.map(\.name) == ["soc", "g_a", "g_b", "g_c"])
    }

    @Test("a glob that matches nothing is a warning, not an error")
    func emptyGlob() throws {
        let result = load(["main.sluice": Self.header + "include \"conf.d/*.sluice\"\n"], root: "main.sluice")
        #expect(ids(result) == [.emptyInclude])
        #expect(result.diagnostics[0].severity == .warning)
        #expect(result.policy != nil)
    }

    @Test("an include cycle is an error at the include, with a note naming the chain")
    func cycle() throws {
        let result = load([
            "p/main.sluice": Self.header + "include \"a.sluice\"\n",
            "p/a.sluice": "include \"sub/b.sluice\"\n",
            "p/sub/b.sluice": "include \"../a.sluice\"\n",
        ], root: "p/main.sluice")
        #expect(ids(result) == [.includeCycle], "\(rendered(result))")
        let diagnostic = result.diagnostics[0]
        #expect(diagnostic.location == SourceLocation(file: "p/sub/b.sluice", line: 1, column: 9, length: 13))
        #expect(diagnostic.notes.map(\.message) == ["include chain: p/main.sluice -> p/a.sluice -> p/sub/b.sluice -> p/a.sluice"])
        #expect(result.policy == nil)
    }

    @Test("a file that includes itself is a cycle")
    func selfInclude() {
        let result = load(["main.sluice": Self.header + "include \"*.sluice\"\n"], root: "main.sluice")
        #expect(ids(result) == [.includeCycle])
    }

    @Test("a file included twice (not a cycle) is read once")
    func diamond() {
        let result = load([
            "main.sluice": Self.header + "include \"a.sluice\"\ninclude \"b.sluice\"\n",
            "a.sluice": "include \"common.sluice\"\n",
            "b.sluice": "include \"common.sluice\"\n",
            "common.sluice": "destination d 192.0.2.1\nallow soc to d on tcp/22\n",
        ], root: "main.sluice")
        #expect(result.sources.map(\.path) == ["main.sluice", "a.sluice", "common.sluice", "b.sluice"])
        #expect(!ids(result).contains(.duplicateName))
    }

    @Test("a missing include is an error at its path; loading goes on")
    func missing() {
        let result = load([
            "p/main.sluice": Self.header + "include \"nope.sluice\"\ngroup x 10.0.0.300\n",
        ], root: "p/main.sluice")
        #expect(ids(result) == [.includeNotFound, .badAddress])
        #expect(result.diagnostics[0].message.contains("'p/nope.sluice'"))
        #expect(result.diagnostics[0].location.line == 7)
        #expect(result.sources.map(\.path) == ["p/main.sluice"])
    }

    @Test("a second policy block in an included file is a duplicate")
    func duplicatePolicyAcrossFiles() throws {
        let result = load([
            "main.sluice": Self.header + "include \"other.sluice\"\n",
            "other.sluice": "\npolicy other { egress \"wan1\" }\n",
        ], root: "main.sluice")
        #expect(ids(result) == [.duplicatePolicy])
        let diagnostic = result.diagnostics[0]
        #expect(diagnostic.location.file == "other.sluice")
        #expect(diagnostic.location.line == 2)
        #expect(diagnostic.notes.first?.location?.file == "main.sluice")
        #expect(diagnostic.notes.first?.location?.line == 1)
    }

    @Test("the policy block may live in an included file")
    func policyInInclude() throws {
        let result = load([
            "main.sluice": "include \"head.sluice\"\ngroup soc 10.0.0.0/28\nallow soc to any\n",
            "head.sluice": "policy t { egress \"wan0\"; management soc }\n",
        ], root: "main.sluice")
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
        #expect(result.policy?.location.file == "head.sluice")
    }

    @Test("diagnostics are ordered by file in reading order, then line and column")
    func ordering() {
        let result = load([
            "main.sluice": Self.header + "include \"z.sluice\"\ninclude \"a.sluice\"\ngroup x 10.0.0.300\n",
            "z.sluice": "group y 10.0.0.301\n\ngroup w 10.0.0.302\n",
            "a.sluice": "group v 10.0.0.303\n",
        ], root: "main.sluice")
        #expect(result.diagnostics.map { "\($0.location.file):\($0.location.line)" }
            == ["main.sluice:9", "z.sluice:1", "z.sluice:3", "a.sluice:1"])
    }
}
