import Foundation
import Testing
@testable import SluiceLanguage

/// `alert exec` paths: `check` refuses what cannot name an executable file, at the string;
/// `ExecProgramCheck` warns about programs the machine cannot run.
@Suite struct ExecPathTests {
    static func policy(exec: String) -> String {
        gatewayHeader + "quota soc 1 GiB per day per host\non exceed soc { alert log, exec ⟨\"\(exec)\"⟩ }\n"
    }

    static let refused: [String] = [
        "", "/", "//", "/usr/bin/", "/usr/bin/.", "/usr/bin/..", "/bin/sh -c id", "page-oncall",
        "sh", "./page", "/usr/bin/page\toncall", "/opt/a\u{A0}b", " /bin/true", "/bin/true ",
        "/" + String(repeating: "a", count: 256),
        "/" + String(repeating: "d/", count: 2_047) + "x",
    ]

    static let accepted: [String] = [
        "/bin/true", "/usr/local/libexec/sluice-page-oncall", "/opt/café/page", "//bin//true",
        "/" + String(repeating: "a", count: 255),
        "/" + String(repeating: "d/", count: 2_046) + "xy",
    ]

    @Test("paths that cannot name an executable file are bad-exec-path at the string",
          arguments: refused.indices)
    func refusedPaths(_ index: Int) throws {
        let marked = MarkedSource(Self.policy(exec: Self.refused[index]))
        let result = load(marked.text)
        #expect(ids(result) == [.badExecPath], "\(rendered(result).prefix(500))")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.location.line == marked.line)
        #expect(diagnostic.location.column == marked.column)
        #expect(diagnostic.location.length == marked.length)
        #expect(result.policy == nil)
    }

    @Test("absolute paths to a plausible file name are accepted", arguments: accepted.indices)
    func acceptedPaths(_ index: Int) {
        let path = Self.accepted[index]
        #expect(path.utf8.count <= PolicyLimits.execPathBytes)
        let result = load(MarkedSource(Self.policy(exec: path)).text)
        #expect(result.diagnostics.isEmpty, "\(rendered(result).prefix(500))")
    }

    @Test("a command line gets the help about a wrapper script")
    func commandLineHelp() throws {
        let result = load(MarkedSource(Self.policy(exec: "/bin/sh -c id")).text)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message == "the program path '/bin/sh -c id' contains a space: exec takes a program, not a command line")
        #expect(diagnostic.notes.contains { $0.message.contains("put it in a script and give the script's path") })
    }

    /// A machine described by a table.
    struct FakePrograms: ProgramFileSystem {
        let table: [String: ProgramStatus]
        func programStatus(_ path: String) -> ProgramStatus { table[path] ?? .missing }
    }

    static let programsPolicy = gatewayHeader + """
        group lab 10.1.0.0/16
        allow lab to 192.0.2.1
        quota soc, lab 1 GiB per day per host
        on exceed soc { alert exec "/ok", exec "/gone" }
        on exceed lab {
          alert exec "/dir", exec "/plain", exec "/gone"
        }

        """

    @Test("ExecProgramCheck warns once per unusable program, at its first on exceed")
    func programWarnings() throws {
        let policy = try #require(load(Self.programsPolicy).policy)
        let machine = FakePrograms(table: ["/ok": .executable, "/dir": .notRegularFile, "/plain": .notExecutable])
        let warnings = ExecProgramCheck.warnings(for: policy, fileSystem: machine)
        #expect(warnings.map(\.message) == [
            "the alert program '/gone' does not exist",
            "the alert program '/dir' is not a regular file",
            "the alert program '/plain' is not executable",
        ])
        #expect(warnings.allSatisfy { $0.id == .execProgramUnusable && $0.severity == .warning })
        #expect(warnings.map(\.location.line) == [11, 12, 12])
    }

    @Test("the local file system tells executables from the rest")
    func localPrograms() throws {
        let base = try TemporaryPolicyDirectory()
        try base.write("run", "#!/bin/sh\nexit 0\n")
        try base.write("plain", "not a program\n")
        #expect(chmod(base.path + "/run", 0o755) == 0)
        #expect(chmod(base.path + "/plain", 0o644) == 0)
        try base.link("link", to: "run")
        try base.link("dangling", to: "nowhere")
        let fs = LocalFileSystem()
        #expect(fs.programStatus(base.path + "/run") == .executable)
        #expect(fs.programStatus(base.path + "/link") == .executable)
        #expect(fs.programStatus(base.path) == .notRegularFile)
        #expect(fs.programStatus(base.path + "/dangling") == .missing)
        #expect(fs.programStatus(base.path + "/missing") == .missing)
        #expect(fs.programStatus("/dev/null") == .notRegularFile)
        // Root may read a file without permission bits, but not execute one without x bits.
        #expect(fs.programStatus(base.path + "/plain") == .notExecutable)
    }
}
